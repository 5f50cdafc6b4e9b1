import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import type User from '#kernel/identity/models/user'
import type Conversation from '#modules/chat/models/conversation'
import { publishToConversation, publishToInbox } from '#modules/chat/conversations/live'

/** The customer sees "<name> is typing…". */
export function agentTyping(conversation: Conversation, user: User) {
  publishToConversation(requireTenantId(), conversation.id, {
    type: 'typing',
    who: 'agent',
    name: user.name,
  })
}

/** Staff have read everything up to the conversation's last message. */
export async function markReadByStaff(conversation: Conversation) {
  if (conversation.staffReadSeq >= conversation.lastSeq) return
  const tenantId = requireTenantId()
  conversation.staffReadSeq = conversation.lastSeq
  await conversation.save()
  const seq = conversation.staffReadSeq
  await afterCommit(async () => {
    publishToConversation(tenantId, conversation.id, { type: 'read', by: 'staff', seq })
    publishToInbox(tenantId, { type: 'conversation.changed', conversationId: conversation.id })
  })
}
