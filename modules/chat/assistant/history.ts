import type { Content } from '@google/genai'
import type { ReplyContext } from '#modules/chat/assistant/reply_context'

/**
 * The last `window` messages as the model's contents, starting with one of
 * the customer's. Staff replies count as the shop's side, like the
 * assistant's own; who wrote them is not sent.
 */
export function historyContents(history: ReplyContext['history'], window: number): Content[] {
  const recent = history.slice(-window)
  const start = recent.findIndex((message) => message.author === 'customer')
  return recent.slice(Math.max(start, 0)).map((message) => ({
    role: message.author === 'customer' ? 'user' : 'model',
    parts: [{ text: message.body }],
  }))
}
