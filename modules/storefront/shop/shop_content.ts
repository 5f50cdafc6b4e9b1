import db from '@adonisjs/lucid/services/db'
import { ShopContent, type ShopPageHit } from '#kernel/contracts/shop_content'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { plainText } from '#modules/storefront/shop/safe_html'

/** Below this relevance (0 to 1) a page is not about the text. */
const RELEVANCE_THRESHOLD = 0.4
/** Relevance counts the words found over at most this many of them. */
const WORDS_THAT_SUFFICE = 3

/**
 * English full text (stemmed, common words left out) over the page's
 * title and text: each searched word scores 1 in the title and 0.6 in the
 * text; the trigram similarity of the text to the title tolerates typos.
 */
const PAGE_SEARCH = `
  with terms as (
    select coalesce(array_agg(lexeme), '{}') as lexemes
    from unnest(tsvector_to_array(to_tsvector('english', :text))) as lexeme
  ),
  pages as (
    select slug, title, body_text,
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', body_text), 'B') as document
    from (
      select slug, title, regexp_replace(body_html, '<[^>]*>', ' ', 'g') as body_text
      from storefront_pages
      where tenant_id = :tenantId and published
    ) published_pages
  ),
  ranked as (
    select pages.slug, pages.title, pages.body_text, terms.lexemes,
      greatest(
        (select coalesce(sum(case
            when pages.document @@ (quote_literal(lexeme) || ':A')::tsquery then 1.0
            when pages.document @@ quote_literal(lexeme)::tsquery then 0.6
            else 0 end), 0)
          from unnest(terms.lexemes) as lexeme)
          / greatest(least(cardinality(terms.lexemes), :wordsThatSuffice), 1),
        word_similarity(:text, pages.title)
      ) as relevance
    from pages, terms
  )
  select slug, title, relevance,
    case when cardinality(lexemes) = 0 then left(body_text, 400)
      else ts_headline('english', body_text,
        array_to_string(array(select quote_literal(lexeme) from unnest(lexemes) as lexeme), ' | ')::tsquery,
        'MaxWords=35, MinWords=20, StartSel="", StopSel=""')
    end as excerpt
  from ranked
  where relevance >= :threshold
  order by relevance desc, title asc
  limit :limit`

/**
 * The shop's published content pages as the chat searches them. Works in
 * the current tenant scope only.
 */
export class StorefrontShopContent extends ShopContent {
  async searchPages(text: string, limit: number): Promise<ShopPageHit[]> {
    const cleaned = text.replace(/\s+/g, ' ').trim().slice(0, 200)
    if (cleaned.length === 0) return []
    const result = await db.rawQuery<{ rows: { slug: string; title: string; excerpt: string }[] }>(
      PAGE_SEARCH,
      {
        text: cleaned,
        tenantId: requireTenantId(),
        wordsThatSuffice: WORDS_THAT_SUFFICE,
        threshold: RELEVANCE_THRESHOLD,
        limit: Math.min(Math.max(limit, 1), 20),
      }
    )
    return result.rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      excerpt: plainText(row.excerpt, 300),
      path: `/pages/${row.slug}`,
    }))
  }
}
