import Product from '#modules/storefront/models/product'
import type { ProductStatus } from '#modules/storefront/models/product'
import { descendantIds } from '#modules/storefront/catalog/category_tree'

export interface ProductFilters {
  q?: string
  status?: ProductStatus
  category?: string
}

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&')

/**
 * The back office's product query: search in names, SKUs (of the product
 * and its variants), tags and descriptions; a status; a category with its
 * subcategories. Newest first.
 */
export async function filteredProducts(filters: ProductFilters) {
  const categoryIds = filters.category
    ? [filters.category, ...(await descendantIds(filters.category))]
    : null
  const query = Product.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
  if (filters.q) {
    const like = `%${escapeLike(filters.q)}%`
    query.where((search) => {
      search
        .whereILike('name', like)
        .orWhereILike('sku', like)
        .orWhereRaw(`search_vector @@ plainto_tsquery('simple', ?)`, [filters.q!])
        .orWhereExists((variants) => {
          variants
            .from('storefront_variants')
            .whereColumn('storefront_variants.tenant_id', 'storefront_products.tenant_id')
            .whereColumn('storefront_variants.product_id', 'storefront_products.id')
            .whereILike('storefront_variants.sku', like)
        })
    })
  }
  if (filters.status) {
    query.where('status', filters.status)
  }
  if (categoryIds) {
    query.whereIn('category_id', categoryIds)
  }
  // Wrapped: a query builder returned from an async function would be run by `await`.
  return { query }
}
