import type User from '#kernel/identity/models/user'
import type Conversation from '#modules/chat/models/conversation'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { publishConversationState } from '#modules/chat/inbox/conversation_state'
import { assignConversation } from '#modules/chat/inbox/assignment'

/**
 * A person answers from now on: the assistant stays silent whatever the
 * customer writes, and the conversation leaves the queue.
 */
export async function takeOver(conversation: Conversation, user: User) {
  const joining = conversation.mode !== 'human'
  conversation.merge({ mode: 'human', status: 'open', resolvedAt: null, resolvedBy: null })
  await conversation.save()
  if (!conversation.assignedUserId) await assignConversation(conversation, user.id, user.id)
  if (joining) {
    await appendMessage(conversation, {
      author: 'system',
      body: `${user.name} joined the conversation`,
      userId: user.id,
    })
  }
  await publishConversationState(conversation)
}

/** The assistant is back, answering only direct questions. */
export async function handBack(conversation: Conversation, user: User) {
  if (conversation.mode === 'passive') return
  conversation.merge({ mode: 'passive', status: 'open' })
  await conversation.save()
  await appendMessage(conversation, {
    author: 'system',
    body: `${user.name} left the conversation; the assistant can help you again`,
    userId: user.id,
  })
  await publishConversationState(conversation)
}
