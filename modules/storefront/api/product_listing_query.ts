/**
 * The API's product list as one SQL statement and a row → JSON mapping,
 * with no dependency on the framework: the benchmark's bare server runs
 * exactly this statement and mapping. Newest first: ids are UUIDv7, so
 * `id desc` is creation order and the primary key serves it.
 */

export interface ProductListFilters {
  tenantId: string
  /** Product ids below this one (the cursor). */
  beforeId?: string | null
  /** Products of these categories only. */
  categoryIds?: string[] | null
  text?: string | null
  inStock?: boolean
  limit: number
}

export interface ProductListRow {
  id: string
  slug: string
  name: string
  category_id: string | null
  currency: string
  price_minor: string
  compare_at_minor: string | null
  in_stock: boolean
  stock_available: number | null
  rating_average: string | null
  review_count: number
  tags: string[]
  attributes: Record<string, string | string[]>
  image_path: string | null
}

export interface ProductListItem {
  id: string
  slug: string
  name: string
  categoryId: string | null
  currency: string
  priceMinor: number
  compareAtMinor: number | null
  inStock: boolean
  /** Units available; null when the product does not track inventory. */
  stockAvailable: number | null
  ratingAverage: number | null
  reviewCount: number
  tags: string[]
  attributes: Record<string, string | string[]>
  imageUrl: string | null
}

const COLUMNS = `p.id, p.slug, p.name, p.category_id, p.currency, p.price_minor, p.compare_at_minor,
  (not p.track_inventory or p.stock_available > 0) as in_stock,
  case when p.track_inventory then p.stock_available end as stock_available,
  p.rating_average, p.review_count, p.tags, p.attributes,
  (select i.thumbnail_path from storefront_product_images i
    where i.tenant_id = p.tenant_id and i.product_id = p.id
    order by i.position limit 1) as image_path`

/** The statement (`?` placeholders) and its parameters; fetches one row more than `limit` to tell whether a next page exists. */
export function productListQuery(filters: ProductListFilters) {
  const values: unknown[] = [filters.tenantId]
  const where = [`p.tenant_id = ?`, `p.status = 'active'`]
  if (filters.beforeId) {
    values.push(filters.beforeId)
    where.push(`p.id < ?`)
  }
  if (filters.categoryIds) {
    values.push(filters.categoryIds)
    where.push(`p.category_id = any(?::uuid[])`)
  }
  if (filters.text) {
    values.push(filters.text, filters.text)
    where.push(
      `(p.search_vector @@ websearch_to_tsquery('simple', ?) or p.name ilike '%' || ? || '%')`
    )
  }
  if (filters.inStock) {
    where.push(`(not p.track_inventory or p.stock_available > 0)`)
  }
  values.push(filters.limit + 1)
  const sql = `select ${COLUMNS} from storefront_products p where ${where.join(' and ')} order by p.id desc limit ?`
  return { sql, values }
}

/** The statement with `$1, $2…` placeholders, for a bare `pg` client. */
export function withNumberedPlaceholders(sql: string) {
  let index = 0
  return sql.replace(/\?/g, () => `$${++index}`)
}

export function toProductListItem(
  row: ProductListRow,
  fileUrl: (path: string | null) => string | null
): ProductListItem {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    categoryId: row.category_id,
    currency: row.currency,
    priceMinor: Number(row.price_minor),
    compareAtMinor: row.compare_at_minor === null ? null : Number(row.compare_at_minor),
    inStock: row.in_stock,
    stockAvailable: row.stock_available,
    ratingAverage: row.rating_average === null ? null : Number(row.rating_average),
    reviewCount: row.review_count,
    tags: row.tags,
    attributes: row.attributes,
    imageUrl: fileUrl(row.image_path),
  }
}

/** Opaque cursors: the id of the last item of a page. */
export function encodeCursor(id: string) {
  return Buffer.from(id).toString('base64url')
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function decodeCursor(cursor: string): string | null {
  const id = Buffer.from(cursor, 'base64url').toString()
  return UUID.test(id) ? id : null
}

/** `{ data, nextCursor }` from rows fetched with one extra. */
export function pageOf<T extends { id: string }>(items: T[], limit: number) {
  const data = items.slice(0, limit)
  return {
    data,
    nextCursor: items.length > limit ? encodeCursor(data[data.length - 1].id) : null,
  }
}
