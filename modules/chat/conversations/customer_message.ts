import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { prepareReply, replies } from '#modules/chat/assistant/reply_runner'

/**
 * What the customer wrote, from any channel. A resolved conversation opens
 * again with the assistant answering; it does not go back to the queue for a
 * person by itself. Whether and how the assistant replies is read in the
 * same transaction; the reply starts once the message is committed.
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
  const prepared = await prepareReply(conversation.id, message.seq)
  await afterCommit(async () =>
    replies.customerWrote(tenantId, conversation.id, message.seq, prepared)
  )
  return message
}
