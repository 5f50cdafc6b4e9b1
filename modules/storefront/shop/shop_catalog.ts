import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { publicFileUrl } from '#kernel/files/image_upload'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Attribute from '#modules/storefront/models/attribute'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import Review from '#modules/storefront/models/review'
import { categoryWithDescendants, toCards } from '#modules/storefront/shop/catalog_search'
import { plainText, safeHtml } from '#modules/storefront/shop/safe_html'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** An active product of the current workspace, by id or slug, with what its page shows. */
export async function findActiveProduct(idOrSlug: string) {
  const query = Product.query()
    .where('status', 'active')
    .preload('variants', (variants) => variants.orderBy('position'))
    .preload('options', (options) => options.orderBy('position'))
    .preload('images', (images) => images.orderBy('position'))
    .preload('category')
  if (UUID.test(idOrSlug)) {
    query.where('id', idOrSlug)
  } else {
    query.where('slug', idOrSlug)
  }
  return query.first()
}

export type ProductVariantView = {
  id: string
  title: string
  optionValues: string[]
  priceMinor: number
  compareAtMinor: number | null
  available: number
  inStock: boolean
  sku: string | null
}

export function variantViews(product: Product): ProductVariantView[] {
  return product.variants.map((variant) => ({
    id: variant.id,
    title: variant.title,
    optionValues: variant.optionValues,
    priceMinor: variant.priceMinor,
    compareAtMinor: variant.compareAtMinor ?? product.compareAtMinor,
    available: product.trackInventory ? variant.available : 999,
    inStock: !product.trackInventory || variant.available > 0,
    sku: variant.sku,
  }))
}

export function productImages(product: Product) {
  return product.images.map((image) => ({
    url: publicFileUrl(image.path)!,
    mediumUrl: publicFileUrl(image.mediumPath)!,
    thumbnailUrl: publicFileUrl(image.thumbnailPath)!,
    alt: image.alt || product.name,
    width: image.width,
    height: image.height,
  }))
}

/** The product's attribute values with the workspace's labels, in its order. */
export async function attributeRows(product: Product) {
  const attributes = await Attribute.query().orderBy('position')
  return attributes.flatMap((attribute) => {
    const value = product.attributes[attribute.key]
    const values = Array.isArray(value) ? value : value ? [value] : []
    return values.length > 0 ? [{ key: attribute.key, label: attribute.label, values }] : []
  })
}

export function productDescription(product: Product) {
  return { html: safeHtml(product.descriptionHtml), text: plainText(product.descriptionHtml) }
}

/** Categories from the top down to the product's own. */
export async function categoryTrail(categoryId: string | null) {
  if (!categoryId) return []
  const categories = await Category.query().select('id', 'parent_id', 'name', 'slug')
  const byId = new Map(categories.map((category) => [category.id, category]))
  const trail: Category[] = []
  let current = byId.get(categoryId)
  while (current && !trail.includes(current)) {
    trail.unshift(current)
    current = current.parentId ? byId.get(current.parentId) : undefined
  }
  return trail.map((category) => ({ id: category.id, name: category.name, slug: category.slug }))
}

/**
 * Other products shoppers may like: from the same category first, then its
 * family (everything under the same top category), then with shared tags.
 */
export async function relatedProducts(product: Product, trail: { id: string }[], limit = 4) {
  const family = trail.length > 0 ? await categoryWithDescendants(trail[0].id) : []
  const related = await Product.query()
    .where('status', 'active')
    .whereNot('id', product.id)
    .where((query) => {
      if (family.length > 0) query.whereIn('category_id', family)
      if (product.tags.length > 0) query.orWhereRaw('tags && ?::text[]', [product.tags])
    })
    .if(family.length === 0 && product.tags.length === 0, (query) => query.whereRaw('false'))
    .if(product.categoryId, (query) =>
      query.orderByRaw('category_id = ? desc nulls last', [product.categoryId!])
    )
    .orderByRaw('rating_average desc nulls last')
    .limit(limit)
  return toCards(related)
}

export async function approvedReviews(productId: string, limit = 20) {
  const reviews = await Review.query()
    .where('product_id', productId)
    .where('status', 'approved')
    .orderBy('created_at', 'desc')
    .limit(limit)
  return reviews.map((review) => ({
    id: review.id,
    authorName: review.authorName,
    rating: review.rating,
    title: review.title,
    body: review.body,
    photoUrls: review.photoPaths.map((path) => publicFileUrl(path)!),
    verifiedPurchase: review.verifiedPurchase,
    createdAt: review.createdAt.toISO()!,
  }))
}

/** Best sellers of the last 90 days (paid orders), or the best rated without sales. */
export async function bestSellers(limit = 8) {
  const since = DateTime.now().minus({ days: 90 }).toSQL()
  const rows: { product_id: string }[] = await db
    .from('storefront_order_items as items')
    .join('storefront_orders as orders', (join) => {
      join.on('orders.tenant_id', 'items.tenant_id').andOn('orders.id', 'items.order_id')
    })
    .where('items.tenant_id', requireTenantId())
    .whereNotNull('items.product_id')
    .whereNotNull('orders.paid_at')
    .where('orders.placed_at', '>=', since)
    .groupBy('items.product_id')
    .select('items.product_id')
    .orderByRaw('sum(items.quantity) desc')
    .limit(limit * 2)
  const sold = rows.map((row) => row.product_id)
  const products = sold.length
    ? await Product.query().where('status', 'active').whereIn('id', sold)
    : []
  products.sort((a, b) => sold.indexOf(a.id) - sold.indexOf(b.id))
  if (products.length < limit) {
    const more = await Product.query()
      .where('status', 'active')
      .whereNotIn(
        'id',
        products.map((product) => product.id)
      )
      .orderByRaw('rating_average desc nulls last')
      .orderBy('review_count', 'desc')
      .limit(limit - products.length)
    products.push(...more)
  }
  return toCards(products.slice(0, limit))
}

export async function newArrivals(limit = 8) {
  const products = await Product.query()
    .where('status', 'active')
    .orderByRaw('published_at desc nulls last')
    .orderBy('id', 'desc')
    .limit(limit)
  return toCards(products)
}

export async function featuredCategories(ids: string[]) {
  const query = Category.query()
  if (ids.length > 0) {
    query.whereIn('id', ids)
  } else {
    query.whereNull('parent_id').orderBy('position').limit(6)
  }
  const categories = await query
  if (ids.length > 0) categories.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
  return categories.map((category) => ({
    name: category.name,
    slug: category.slug,
    description: category.description,
    imageUrl: publicFileUrl(category.imagePath),
  }))
}
