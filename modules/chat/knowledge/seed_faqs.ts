import Faq from '#modules/chat/models/faq'

type StarterFaq = Pick<Faq, 'question' | 'answer' | 'category' | 'tags' | 'priority'>

/** What customers of a beauty shop ask first; shops edit the answers to their own terms. */
export const STARTER_FAQS: StarterFaq[] = [
  {
    question: 'How long does shipping take and how much does it cost?',
    answer:
      'Orders leave our warehouse within 1–2 business days. Standard delivery takes 2–5 business days; the exact price for your country is shown at checkout, and shipping is free above the threshold shown there.',
    category: 'Shipping',
    tags: ['delivery', 'shipping', 'postage'],
    priority: 80,
  },
  {
    question: 'How can I track my order?',
    answer:
      'As soon as your parcel ships you receive an email with its tracking link. Signed-in customers also find every order and its status under Account → Orders.',
    category: 'Orders',
    tags: ['tracking', 'delivery', 'status'],
    priority: 70,
  },
  {
    question: 'What is your return policy?',
    answer:
      'Unopened products can be returned within 30 days of delivery for a full refund. For hygiene reasons opened products can only be returned if they caused a reaction; write to us and we will sort it out.',
    category: 'Returns',
    tags: ['refund', 'exchange', 'return'],
    priority: 70,
  },
  {
    question: 'I have sensitive skin: should I do a patch test?',
    answer:
      'Yes. Apply a small amount behind your ear or on your inner arm and wait 24–48 hours before using a new product on your face. Stop and rinse if you notice redness, itching or burning. Every product page lists the full ingredients.',
    category: 'Skin care',
    tags: ['patch test', 'sensitive skin', 'allergy', 'irritation', 'ingredients'],
    priority: 60,
  },
  {
    question: 'Are your products cruelty-free and vegan?',
    answer:
      'All our products are cruelty-free: neither the products nor their ingredients are tested on animals. Vegan products are marked as such on their product page.',
    category: 'Our products',
    tags: ['cruelty free', 'vegan', 'animal testing'],
    priority: 50,
  },
  {
    question: 'Which payment methods do you accept?',
    answer:
      'We accept the major credit and debit cards and the other methods shown at checkout. Payment is handled by our payment provider on a secure page; we never see your card details.',
    category: 'Payment',
    tags: ['payment', 'card', 'pay', 'checkout'],
    priority: 50,
  },
]

/**
 * Adds the starter FAQ set to the current workspace, leaving out questions
 * it already has; returns how many were added.
 */
export async function seedStarterFaqs(): Promise<number> {
  const faqs = await Faq.query().select('question')
  const existing = new Set(faqs.map((faq) => faq.question.toLowerCase()))
  const missing = STARTER_FAQS.filter((faq) => !existing.has(faq.question.toLowerCase()))
  for (const faq of missing) {
    await Faq.create({ ...faq, active: true })
  }
  return missing.length
}
