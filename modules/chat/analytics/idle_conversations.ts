import Conversation from '#modules/chat/models/conversation'
import { resolveConversation } from '#modules/chat/conversations/resolve'

/** How long a conversation the assistant handled may stay quiet before it counts as resolved. */
export const IDLE_HOURS = 24

/**
 * In the current workspace: conversations only the assistant took part in
 * (never handed off) whose last message is a day old are resolved by the
 * assistant.
 */
export async function resolveIdleConversations() {
  const idle = await Conversation.query()
    .where('status', 'open')
    .whereIn('mode', ['bot', 'passive'])
    .whereNull('handed_off_at')
    .whereRaw(`coalesce(last_message_at, created_at) < now() - make_interval(hours => ?)`, [
      IDLE_HOURS,
    ])
    .orderBy('created_at')
  for (const conversation of idle) {
    await resolveConversation(conversation, { by: 'ai' })
  }
  return idle.length
}
