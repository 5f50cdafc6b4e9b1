import db from '@adonisjs/lucid/services/db'
import Faq from '#modules/chat/models/faq'

export type FaqFilters = { q?: string; category?: string; status?: 'active' | 'inactive' }

/** The workspace's FAQs matching the list filters, highest priority first. */
export function listFaqs(filters: FaqFilters) {
  const query = Faq.query()
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
    query.where((matching) =>
      matching
        .whereILike('question', pattern)
        .orWhereILike('answer', pattern)
        .orWhereRaw('chat_words(tags) ilike ?', [pattern])
    )
  }
  if (filters.category) query.where('category', filters.category)
  if (filters.status) query.where('active', filters.status === 'active')
  return query.orderBy('priority', 'desc').orderBy('question', 'asc')
}

/** The categories the workspace's FAQs use, for filters and suggestions. */
export async function faqCategories(): Promise<string[]> {
  const rows: { category: string }[] = await db
    .from('chat_faqs')
    .distinct('category')
    .whereNotNull('category')
    .orderBy('category')
  return rows.map((row) => row.category)
}
