import type Conversation from '#modules/chat/models/conversation'

/** Words a direct question starts with, in English, French, Spanish and German. */
const QUESTION_WORDS = new Set([
  ...['what', 'how', 'where', 'when', 'why', 'which', 'who', 'whose'],
  ...['can', 'could', 'do', 'does', 'did', 'is', 'are', 'will', 'would', 'should', 'shall', 'may'],
  ...['quel', 'quelle', 'quels', 'quelles', 'comment', 'où', 'quand', 'pourquoi', 'combien'],
  ...['est-ce', 'quoi', 'pouvez-vous', 'puis-je', 'avez-vous'],
  ...['qué', 'cómo', 'dónde', 'cuándo', 'cuál', 'cuánto', 'cuánta', 'quién', 'puedo'],
  ...['was', 'wie', 'wo', 'wann', 'warum', 'welche', 'welcher', 'welches', 'wer', 'wieviel'],
  ...['kann', 'können', 'gibt'],
])

/** Thai marks a question with a particle or word inside the sentence, not with "?". */
const THAI_QUESTION =
  /ไหม|มั้ย|หรือเปล่า|หรือยัง|อะไร|อย่างไร|ยังไง|ที่ไหน|เมื่อไร|เมื่อไหร่|ทำไม|เท่าไร|เท่าไหร่|ใคร|กี่/

/** Whether a customer's message asks something directly. */
export function isDirectQuestion(text: string) {
  const trimmed = text.trim()
  if (/[?？]$/.test(trimmed) || trimmed.startsWith('¿')) return true
  if (THAI_QUESTION.test(trimmed)) return true
  const first = trimmed
    .toLocaleLowerCase()
    .split(/[\s,.!:;'’]+/u)
    .find((word) => word.length > 0)
  return first !== undefined && QUESTION_WORDS.has(first)
}

/**
 * Whether the assistant answers what the customer just wrote. Never once a
 * person took over (`human`) or while the conversation waits for one; after
 * a handback (`passive`) only a direct question.
 */
export function assistantAnswers(
  conversation: Pick<Conversation, 'mode' | 'status'>,
  customerText: string
) {
  if (conversation.mode === 'human' || conversation.status === 'waiting') return false
  if (conversation.mode === 'passive') return isDirectQuestion(customerText)
  return true
}
