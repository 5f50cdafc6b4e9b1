import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { CatalogReader, type CatalogProductSummary } from '#kernel/contracts/catalog_reader'
import { ShopContent, type ShopPageHit } from '#kernel/contracts/shop_content'
import { searchTerms } from '#modules/chat/knowledge/search_terms'

export type FaqHit = {
  id: string
  question: string
  answer: string
  category: string | null
  /** Relevance weighted by priority; higher is better. */
  score: number
}

export type PageHit = ShopPageHit

export type KnowledgeHits = {
  faqs: FaqHit[]
  pages: PageHit[]
  products: CatalogProductSummary[]
}

/** Below this relevance (0 to 1) an FAQ is not about the question. */
const RELEVANCE_THRESHOLD = 0.4
/** A misspelt word counts when this close to a word of the question. */
const TYPO_SIMILARITY = 0.4
/**
 * Relevance is the share of the searched words an FAQ holds, counted over
 * at most this many words: a long message that mentions two of them
 * clearly is as relevant as a short one.
 */
const WORDS_THAT_SUFFICE = 3

/**
 * Each searched word scores 1 in the FAQ's question, 0.8 in its tags, 0.4
 * in its answer (as a prefix, or by its English stem: "shipping" finds
 * "ship", "order" finds "orders"), or its trigram
 * similarity to the question's closest word when misspelt. The whole text's
 * similarity to the question catches typos across words.
 */
const FAQ_SEARCH = `
  select id, question, answer, category, score from (
    select f.id, f.question, f.answer, f.category, f.priority,
      greatest(words.coverage, word_similarity(:phrase, f.question))
        * (1 + least(greatest(f.priority, 0), 100) / 200.0) as score,
      greatest(words.coverage, word_similarity(:phrase, f.question)) as relevance
    from chat_faqs f
    cross join lateral (
      select coalesce(sum(greatest(
        case
          when f.search @@ (to_tsquery('simple', term || ':*A') || to_tsquery('simple', stem || ':*A')) then 1.0
          when f.search @@ (to_tsquery('simple', term || ':*B') || to_tsquery('simple', stem || ':*B')) then 0.8
          when f.search @@ (to_tsquery('simple', term || ':*') || to_tsquery('simple', stem || ':*')) then 0.4
          else 0
        end,
        case when word_similarity(term, f.question) >= :typo
          then word_similarity(term, f.question) else 0 end
      )), 0) / :divisor as coverage
      from unnest(string_to_array(:phrase, ' ')) as term,
        coalesce((ts_lexize('english_stem', term))[1], term) as stem
    ) words
    where f.tenant_id = :tenantId and f.active
  ) ranked
  where relevance >= :threshold
  order by score desc, priority desc, question asc
  limit :limit`

/**
 * The current workspace's active FAQs that answer the text, best first;
 * nothing when none is close enough.
 */
export async function searchFaqs(text: string, limit = 3): Promise<FaqHit[]> {
  const terms = searchTerms(text)
  if (terms.length === 0) return []
  const result = await db.rawQuery<{ rows: (FaqHit & { score: string | number })[] }>(FAQ_SEARCH, {
    phrase: terms.join(' '),
    typo: TYPO_SIMILARITY,
    divisor: Math.min(terms.length, WORDS_THAT_SUFFICE),
    tenantId: requireTenantId(),
    threshold: RELEVANCE_THRESHOLD,
    limit: Math.min(Math.max(limit, 1), 20),
  })
  return result.rows.map((row) => ({
    id: row.id,
    question: row.question,
    answer: row.answer,
    category: row.category,
    score: Math.round(Number(row.score) * 1000) / 1000,
  }))
}

/**
 * Everything the shop knows about the text: its FAQ, its content pages
 * and its catalog. Products match any of the text's meaningful words (a
 * customer's sentence rarely holds only words of a product), the closest
 * first.
 */
export async function searchKnowledge(
  text: string,
  options: { limit?: number } = {}
): Promise<KnowledgeHits> {
  const limit = options.limit ?? 3
  const terms = searchTerms(text)
  if (terms.length === 0) return { faqs: [], pages: [], products: [] }
  const content = await app.container.make(ShopContent)
  const catalog = await app.container.make(CatalogReader)
  return {
    faqs: await searchFaqs(text, limit),
    pages: await content.searchPages(text, limit),
    products: await catalog.search({ text: terms.join(' or '), limit }),
  }
}
