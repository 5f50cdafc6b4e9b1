import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { searchTerms } from '#modules/chat/knowledge/search_terms'

export type FaqSuggestion =
  | { kind: 'prefill'; question: string; answer: string; conversationId: string }
  | { kind: 'not_resolved' }

/** What the FAQ form accepts. */
const QUESTION_MAX = 300
const ANSWER_MAX = 5000

/**
 * The customer's main question: the first message that asks something
 * (a question mark, or at least two meaningful words), not the greeting.
 */
function mainQuestion(messages: Message[]) {
  const fromCustomer = messages.filter((message) => message.author === 'customer')
  const asking = fromCustomer.find((message) => {
    const terms = searchTerms(message.body).length
    return terms >= 2 || (terms >= 1 && message.body.includes('?'))
  })
  return (asking ?? fromCustomer[0])?.body.trim().slice(0, QUESTION_MAX) ?? ''
}

/** The last answer a person gave, or else the assistant's. */
function finalAnswer(messages: Message[]) {
  const last = (author: 'agent' | 'bot') =>
    messages.findLast((message) => message.author === author)?.body.trim()
  return (last('agent') ?? last('bot') ?? '').slice(0, ANSWER_MAX)
}

/**
 * An FAQ drafted from a resolved conversation of the current workspace;
 * null when it has no such conversation.
 */
export async function faqSuggestion(conversationId: string): Promise<FaqSuggestion | null> {
  const conversation = await Conversation.find(conversationId)
  if (!conversation) return null
  if (conversation.status !== 'resolved') return { kind: 'not_resolved' }
  const messages = await Message.query()
    .where('conversation_id', conversation.id)
    .where('internal', false)
    .orderBy('seq', 'asc')
  return {
    kind: 'prefill',
    question: mainQuestion(messages),
    answer: finalAnswer(messages),
    conversationId: conversation.id,
  }
}
