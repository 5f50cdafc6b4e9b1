import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { replies } from '#modules/chat/assistant/reply_runner'

/**
 * What the customer wrote, from any channel. A resolved conversation opens
 * again with the assistant answering; it does not go back to the queue for a
 * person by itself. The reply (if the conversation's mode calls for one) is
 * decided once the message is committed.
 */
export async function receiveCustomerMessage(conversation: Conversation, body: string) {
  const tenantId = requireTenantId()
  if (conversation.status === 'resolved') {
    conversation.merge({ status: 'open', resolvedAt: null, resolvedBy: null })
    if (conversation.mode === 'human') conversation.mode = 'bot'
    await conversation.save()
  }
  const message = await appendMessage(conversation, {
    author: 'customer',
    body,
    authorName: conversation.visitorName,
  })
  await afterCommit(async () => replies.customerWrote(tenantId, conversation.id, message.seq))
  return message
}
