import type { Content } from '@google/genai'
import type { ReplyContext } from '#modules/chat/assistant/reply_context'

/**
 * The last `window` messages as the model's contents. Staff replies are
 * the shop's side of the conversation; who wrote them is not sent.
 */
export function historyContents(history: ReplyContext['history'], window: number): Content[] {
  return history.slice(-window).map((message) => ({
    role: message.author === 'customer' ? 'user' : 'model',
    parts: [
      { text: message.author === 'agent' ? `(Staff of the shop:) ${message.body}` : message.body },
    ],
  }))
}
