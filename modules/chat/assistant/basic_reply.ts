import type { ProductCard } from '#modules/chat/models/message'
import type Conversation from '#modules/chat/models/conversation'
import { searchKnowledge } from '#modules/chat/knowledge/knowledge_search'
import { handOffToHuman } from '#modules/chat/conversations/handoff'
import { productCard } from '#modules/chat/assistant/product_cards'

const ASKS_FOR_A_PERSON =
  /\b(human|person|someone|somebody|agent|staff|operator|representative|humain|personne|conseill[eè]re?|humano|persona|mensch|mitarbeiter)\b/i

export interface BasicAnswer {
  body: string
  cards: ProductCard[]
}

/**
 * The answer without a model: the FAQ that fits best, content pages and
 * matching products as cards, and always a way to reach a person (asking
 * for one hands the conversation off). Tenant scope.
 */
export async function basicAnswer(
  conversation: Conversation,
  customerText: string,
  shopUrl: string
): Promise<BasicAnswer> {
  if (ASKS_FOR_A_PERSON.test(customerText)) {
    await handOffToHuman(conversation, { by: 'customer', reason: customerText.slice(0, 300) })
    return { body: "I've asked our team to join this conversation.", cards: [] }
  }
  const found = await searchKnowledge(customerText, { limit: 3 })
  const parts: string[] = []
  const [best, ...others] = found.faqs
  if (best) {
    parts.push(best.answer)
    if (others.length > 0) {
      parts.push(`Related questions: ${others.map((faq) => faq.question).join(' · ')}`)
    }
  }
  for (const page of found.pages.slice(0, 2)) {
    parts.push(`${page.title}: ${shopUrl}${page.path}`)
  }
  if (found.products.length > 0) {
    parts.push(best ? 'These products may interest you:' : 'Here is what I found in our shop:')
  }
  if (parts.length === 0) {
    parts.push("I couldn't find an answer to that in our help pages.")
  }
  parts.push(
    'Would you like to talk to a person? Just ask, and someone from our team will reply here.'
  )
  return {
    body: parts.join('\n\n'),
    cards: found.products.map((product) => productCard(product, shopUrl)),
  }
}
