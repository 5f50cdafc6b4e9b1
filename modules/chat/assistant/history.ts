import type { Content } from '@google/genai'
import Message from '#modules/chat/models/message'

/**
 * The last `window` public messages up to the one being answered, as the
 * model's contents. Staff notes and system lines are never sent; nor is who
 * the staff are.
 */
export async function conversationHistory(conversationId: string, upToSeq: number, window: number) {
  const messages = await Message.query()
    .where('conversation_id', conversationId)
    .where('internal', false)
    .whereIn('author', ['customer', 'bot', 'agent'])
    .where('seq', '<=', upToSeq)
    .orderBy('seq', 'desc')
    .limit(window)
    .select('seq', 'author', 'body')
  const contents: Content[] = messages.reverse().map((message) => ({
    role: message.author === 'customer' ? 'user' : 'model',
    parts: [
      { text: message.author === 'agent' ? `(Staff of the shop:) ${message.body}` : message.body },
    ],
  }))
  const answered = messages.length > 0 ? messages[messages.length - 1] : undefined
  return { contents, customerText: answered?.seq === upToSeq ? answered.body : null }
}
