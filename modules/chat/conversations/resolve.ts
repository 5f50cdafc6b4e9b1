import { DateTime } from 'luxon'
import type User from '#kernel/identity/models/user'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { emitEvent } from '#kernel/contracts/emit_event'
import type Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { publishConversationState } from '#modules/chat/inbox/conversation_state'

export type ResolvedBy = { by: 'staff'; userId: string } | { by: 'ai' }

async function personTookPart(conversation: Conversation) {
  if (conversation.handedOffAt) return true
  const agentMessage = await Message.query()
    .where('conversation_id', conversation.id)
    .where('author', 'agent')
    .first()
  return agentMessage !== null
}

/** Closes the conversation; the assistant answers if the customer writes again. */
export async function resolveConversation(conversation: Conversation, resolved: ResolvedBy) {
  if (conversation.status === 'resolved') return
  conversation.merge({
    status: 'resolved',
    resolvedAt: DateTime.now(),
    resolvedBy: resolved.by,
    mode: 'bot',
  })
  await conversation.save()
  await emitEvent('chat.conversation.resolved', {
    tenantId: requireTenantId(),
    conversationId: conversation.id,
    by: resolved.by,
  })
  if (!(await personTookPart(conversation))) {
    await emitEvent('chat.conversation.ai_resolved', {
      tenantId: requireTenantId(),
      conversationId: conversation.id,
    })
  }
  await publishConversationState(conversation)
}

/** Opens a resolved conversation again, with the assistant answering. */
export async function reopen(conversation: Conversation, user: User) {
  if (conversation.status !== 'resolved') return
  conversation.merge({ status: 'open', resolvedAt: null, resolvedBy: null })
  await conversation.save()
  await appendMessage(conversation, {
    author: 'system',
    body: `${user.name} reopened the conversation`,
    userId: user.id,
    internal: true,
  })
  await publishConversationState(conversation)
}
