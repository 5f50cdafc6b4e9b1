import { DateTime } from 'luxon'
import type User from '#kernel/identity/models/user'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { emitEvent } from '#kernel/contracts/emit_event'
import type Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { takeOver } from '#modules/chat/conversations/takeover'

/** Since when the customer waited for a person: the hand-off, or their first message. */
async function waitingSince(conversation: Conversation) {
  if (conversation.handedOffAt) return conversation.handedOffAt
  const first = await Message.query()
    .where('conversation_id', conversation.id)
    .where('author', 'customer')
    .orderBy('seq')
    .first()
  return first?.createdAt ?? conversation.createdAt
}

/**
 * An agent's reply to the customer. Replying takes the conversation over
 * (the assistant goes silent); the first one is the first response time.
 */
export async function replyAsAgent(conversation: Conversation, user: User, body: string) {
  if (conversation.mode !== 'human' || conversation.status !== 'open') {
    await takeOver(conversation, user)
  }
  const message = await appendMessage(conversation, {
    author: 'agent',
    body,
    userId: user.id,
    authorName: user.name,
  })
  if (!conversation.firstHumanReplyAt) {
    const since = await waitingSince(conversation)
    conversation.firstHumanReplyAt = DateTime.now()
    await conversation.save()
    await emitEvent('chat.conversation.first_response', {
      tenantId: requireTenantId(),
      conversationId: conversation.id,
      userId: user.id,
      seconds: Math.max(0, Math.round(conversation.firstHumanReplyAt.diff(since).as('seconds'))),
    })
  }
  return message
}

/** A note only staff see; never sent to the customer. */
export function addNote(conversation: Conversation, user: User, body: string) {
  return appendMessage(conversation, {
    author: 'agent',
    body,
    userId: user.id,
    authorName: user.name,
    internal: true,
  })
}
