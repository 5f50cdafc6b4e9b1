import db from '@adonisjs/lucid/services/db'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { publicFileUrl } from '#kernel/files/image_upload'
import Attribute from '#modules/storefront/models/attribute'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'

export const SORTS = ['relevance', 'price_asc', 'price_desc', 'newest', 'rating'] as const
export type CatalogSort = (typeof SORTS)[number]

export interface CatalogQuery {
  text?: string | null
  /** The category and everything below it. */
  categoryId?: string | null
  /** Attribute key → wanted values (a product matches with any of them). */
  attributes?: Record<string, string[]>
  priceMinMinor?: number | null
  priceMaxMinor?: number | null
  inStockOnly?: boolean
  sort?: CatalogSort
  page?: number
  perPage?: number
}

export type ProductCard = {
  id: string
  slug: string
  name: string
  priceMinor: number
  compareAtMinor: number | null
  currency: string
  imageUrl: string | null
  imageAlt: string
  inStock: boolean
  ratingAverage: number | null
  reviewCount: number
  attributes: Record<string, string | string[]>
}

export type AttributeFacet = {
  key: string
  label: string
  options: { value: string; count: number; selected: boolean }[]
}

export type CatalogFacets = {
  attributes: AttributeFacet[]
  inStockCount: number
  priceMinMinor: number | null
  priceMaxMinor: number | null
}

export type CatalogPage = {
  products: ProductCard[]
  total: number
  page: number
  perPage: number
  lastPage: number
}

/** Below this, a trigram match is too far off to be the product meant. */
const TYPO_SIMILARITY = 0.3

/** What the filters need of a query: model and plain query builders both have it. */
interface Filterable {
  where(...args: any[]): unknown
  whereRaw(sql: string, bindings?: any[]): unknown
  whereIn(column: string, values: readonly string[]): unknown
}

function cleanText(text: string | null | undefined) {
  const cleaned = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 100)
  return cleaned.length > 0 ? cleaned : null
}

/** The category's id and the ids of every category below it. */
export async function categoryWithDescendants(categoryId: string) {
  const categories = await Category.query().select('id', 'parent_id')
  const ids = new Set([categoryId])
  let grew = true
  while (grew) {
    grew = false
    for (const category of categories) {
      if (category.parentId && ids.has(category.parentId) && !ids.has(category.id)) {
        ids.add(category.id)
        grew = true
      }
    }
  }
  return [...ids]
}

interface ResolvedQuery {
  text: string | null
  categoryIds: string[] | null
  attributes: Record<string, string[]>
  priceMinMinor: number | null
  priceMaxMinor: number | null
  inStockOnly: boolean
}

function applyFilters<Q>(
  builder: Q,
  resolved: ResolvedQuery,
  except: { attribute?: string; price?: boolean; stock?: boolean } = {}
): Q {
  const query = builder as Filterable
  query.where('storefront_products.tenant_id', requireTenantId())
  query.where('storefront_products.status', 'active')
  if (resolved.text) {
    query.whereRaw(
      `(storefront_products.search_vector @@ websearch_to_tsquery('simple', ?)
        or word_similarity(?, storefront_products.name) >= ?)`,
      [resolved.text, resolved.text, TYPO_SIMILARITY]
    )
  }
  if (resolved.categoryIds) {
    query.whereIn('storefront_products.category_id', resolved.categoryIds)
  }
  for (const [key, values] of Object.entries(resolved.attributes)) {
    if (key === except.attribute || values.length === 0) continue
    query.whereRaw(`jsonb_exists_any(storefront_products.attributes -> ?, ?::text[])`, [
      key,
      values,
    ])
  }
  if (!except.price && resolved.priceMinMinor !== null) {
    query.where('storefront_products.price_minor', '>=', resolved.priceMinMinor)
  }
  if (!except.price && resolved.priceMaxMinor !== null) {
    query.where('storefront_products.price_minor', '<=', resolved.priceMaxMinor)
  }
  if (!except.stock && resolved.inStockOnly) {
    query.whereRaw(
      '(not storefront_products.track_inventory or storefront_products.stock_available > 0)'
    )
  }
  return builder
}

async function resolve(query: CatalogQuery): Promise<ResolvedQuery> {
  return {
    text: cleanText(query.text),
    categoryIds: query.categoryId ? await categoryWithDescendants(query.categoryId) : null,
    attributes: Object.fromEntries(
      Object.entries(query.attributes ?? {})
        .map(([key, values]) => [key, values.filter((value) => value.length > 0).slice(0, 20)])
        .filter(([, values]) => values.length > 0)
    ),
    priceMinMinor: query.priceMinMinor ?? null,
    priceMaxMinor: query.priceMaxMinor ?? null,
    inStockOnly: query.inStockOnly ?? false,
  }
}

/** The first image of each product, by product id. */
async function firstImages(productIds: string[]) {
  if (productIds.length === 0) return new Map<string, { path: string; alt: string }>()
  const rows: { product_id: string; medium_path: string; alt: string }[] = await db
    .from('storefront_product_images')
    .distinctOn('product_id')
    .select('product_id', 'medium_path', 'alt')
    .where('tenant_id', requireTenantId())
    .whereIn('product_id', productIds)
    .orderBy([
      { column: 'product_id', order: 'asc' },
      { column: 'position', order: 'asc' },
    ])
  return new Map(rows.map((row) => [row.product_id, { path: row.medium_path, alt: row.alt }]))
}

export async function toCards(products: Product[]): Promise<ProductCard[]> {
  const images = await firstImages(products.map((product) => product.id))
  return products.map((product) => {
    const image = images.get(product.id)
    return {
      id: product.id,
      slug: product.slug,
      name: product.name,
      priceMinor: product.priceMinor,
      compareAtMinor: product.compareAtMinor,
      currency: product.currency,
      imageUrl: publicFileUrl(image?.path),
      imageAlt: image?.alt || product.name,
      inStock: product.inStock,
      ratingAverage: product.ratingAverage,
      reviewCount: product.reviewCount,
      attributes: product.attributes,
    }
  })
}

/**
 * The storefront's product search: PostgreSQL full text on the product's
 * search vector, plus trigram similarity on the name so that a misspelt
 * word still finds the product; filters by category (with its
 * sub-categories), attribute values, price and stock; sorted and paginated.
 * Runs in the current tenant scope.
 */
export async function searchCatalog(query: CatalogQuery): Promise<CatalogPage> {
  return listProducts(query, await resolve(query))
}

async function listProducts(query: CatalogQuery, resolved: ResolvedQuery): Promise<CatalogPage> {
  const perPage = Math.min(Math.max(query.perPage ?? 24, 1), 100)
  const page = Math.max(query.page ?? 1, 1)
  const sort = query.sort ?? (resolved.text ? 'relevance' : 'newest')

  const countRow = await applyFilters(db.from('storefront_products'), resolved)
    .count('* as total')
    .first()
  const total = Number(countRow?.total ?? 0)

  const listing = applyFilters(Product.query(), resolved)
  switch (sort) {
    case 'price_asc':
      listing.orderBy('price_minor', 'asc')
      break
    case 'price_desc':
      listing.orderBy('price_minor', 'desc')
      break
    case 'rating':
      listing.orderByRaw('rating_average desc nulls last').orderBy('review_count', 'desc')
      break
    case 'relevance':
      if (resolved.text) {
        listing.orderByRaw(
          `ts_rank(search_vector, websearch_to_tsquery('simple', ?)) + word_similarity(?, name) desc`,
          [resolved.text, resolved.text]
        )
      }
      break
  }
  listing.orderByRaw('published_at desc nulls last').orderBy('id', 'desc')
  const products = await listing.offset((page - 1) * perPage).limit(perPage)

  return {
    products: await toCards(products),
    total,
    page,
    perPage,
    lastPage: Math.max(1, Math.ceil(total / perPage)),
  }
}

/**
 * How many products each filter value would show, given the other filters
 * chosen (a chosen attribute's own values are counted without it, so
 * choosing one does not hide the others).
 */
async function facetsOf(resolved: ResolvedQuery): Promise<CatalogFacets> {
  const attributes = await Attribute.query()
    .where('filterable', true)
    .whereIn('kind', ['select', 'multi_select'])
    .orderBy('position')

  const facets: AttributeFacet[] = []
  for (const attribute of attributes) {
    const rows: { value: string; count: string }[] = await applyFilters(
      db
        .from('storefront_products')
        .joinRaw(
          `cross join lateral jsonb_array_elements_text(
             case jsonb_typeof(storefront_products.attributes -> ?)
               when 'array' then storefront_products.attributes -> ?
               when 'string' then jsonb_build_array(storefront_products.attributes -> ?)
               else '[]'::jsonb end) as facet(value)`,
          [attribute.key, attribute.key, attribute.key]
        )
        .select('facet.value')
        .count('* as count')
        .groupBy('facet.value'),
      resolved,
      { attribute: attribute.key }
    )
    const counts = new Map(rows.map((row) => [row.value, Number(row.count)]))
    const chosen = new Set(resolved.attributes[attribute.key] ?? [])
    const options = attribute.options
      .map((value) => ({ value, count: counts.get(value) ?? 0, selected: chosen.has(value) }))
      .filter((option) => option.count > 0 || option.selected)
    if (options.length > 0) {
      facets.push({ key: attribute.key, label: attribute.label, options })
    }
  }

  const summary = await applyFilters(db.from('storefront_products'), resolved, {
    price: true,
    stock: true,
  })
    .select(
      db.raw(
        'count(*) filter (where not track_inventory or stock_available > 0) as in_stock_count'
      ),
      db.raw('min(price_minor) as price_min'),
      db.raw('max(price_minor) as price_max')
    )
    .first()

  return {
    attributes: facets,
    inStockCount: Number(summary?.in_stock_count ?? 0),
    priceMinMinor: summary?.price_min === null ? null : Number(summary?.price_min),
    priceMaxMinor: summary?.price_max === null ? null : Number(summary?.price_max),
  }
}

/** A listing page and its facets, for the category and search pages. */
export async function browseCatalog(query: CatalogQuery) {
  const resolved = await resolve(query)
  return { results: await listProducts(query, resolved), facets: await facetsOf(resolved) }
}
