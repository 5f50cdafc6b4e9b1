import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import db from '@adonisjs/lucid/services/db'
import { errors } from '@adonisjs/core'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { publicFileUrl } from '#kernel/files/image_upload'
import { fieldError } from '#kernel/validation/field_error'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import type { productsQueryValidator } from '#modules/storefront/validators/api'
import {
  decodeCursor,
  pageOf,
  productListQuery,
  toProductListItem,
  type ProductListRow,
} from '#modules/storefront/api/product_listing_query'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const DEFAULT_PAGE_SIZE = 24

export function notFound(ctx: HttpContext): never {
  throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
}

export function cursorOf(cursor: string | undefined) {
  if (cursor === undefined) return null
  const id = decodeCursor(cursor)
  if (!id) {
    throw fieldError('cursor', 'This cursor is not valid: use the nextCursor of a previous page.')
  }
  return id
}

/** A category (by slug or id) and every category below it. */
async function categoryTree(slugOrId: string) {
  const result = await db.rawQuery(
    `with recursive tree(id, depth) as (
       select id, 0 from storefront_categories where ${UUID.test(slugOrId) ? 'id = ?::uuid' : 'slug = ?'}
       union all
       select c.id, tree.depth + 1 from storefront_categories c join tree on c.parent_id = tree.id
        where tree.depth < 20
     )
     select distinct id from tree`,
    [slugOrId]
  )
  const ids = result.rows.map((row: { id: string }) => row.id)
  return ids.length > 0 ? ids : null
}

export async function listProducts(
  _ctx: HttpContext,
  { query }: { query: Infer<typeof productsQueryValidator> }
) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const beforeId = cursorOf(query.cursor)
  const categoryIds = query.category ? await categoryTree(query.category) : null
  if (query.category && !categoryIds) {
    throw fieldError('category', `There is no category "${query.category}".`)
  }
  const { sql, values } = productListQuery({
    tenantId: requireTenantId(),
    beforeId,
    categoryIds,
    text: query.q,
    inStock: query.in_stock,
    limit,
  })
  const result = await db.rawQuery(sql, values)
  const rows = result.rows as ProductListRow[]
  return pageOf(
    rows.map((row) => toProductListItem(row, publicFileUrl)),
    limit
  )
}

export async function showProduct(ctx: HttpContext) {
  const key = String(ctx.params.id)
  const product = await Product.query()
    .where('status', 'active')
    .where(UUID.test(key) ? 'id' : 'slug', key)
    .preload('variants', (variants) => variants.orderBy('position'))
    .preload('options', (options) => options.orderBy('position'))
    .preload('images', (images) => images.orderBy('position'))
    .preload('category')
    .first()
  if (!product) notFound(ctx)
  return {
    data: {
      id: product.id,
      slug: product.slug,
      name: product.name,
      descriptionHtml: product.descriptionHtml,
      category: product.category
        ? { id: product.category.id, name: product.category.name, slug: product.category.slug }
        : null,
      currency: product.currency,
      priceMinor: product.priceMinor,
      compareAtMinor: product.compareAtMinor,
      sku: product.sku,
      barcode: product.barcode,
      weightGrams: product.weightGrams,
      inStock: product.inStock,
      stockAvailable: product.trackInventory ? product.stockAvailable : null,
      ratingAverage: product.ratingAverage,
      reviewCount: product.reviewCount,
      tags: product.tags,
      attributes: product.attributes,
      seoTitle: product.seoTitle,
      seoDescription: product.seoDescription,
      options: product.options.map((option) => ({ name: option.name, values: option.values })),
      variants: product.variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        optionValues: variant.optionValues,
        sku: variant.sku,
        priceMinor: variant.priceMinor,
        compareAtMinor: variant.compareAtMinor,
        inStock: !product.trackInventory || variant.available > 0,
        available: product.trackInventory ? variant.available : null,
      })),
      images: product.images.map((image) => ({
        url: publicFileUrl(image.path),
        mediumUrl: publicFileUrl(image.mediumPath),
        thumbnailUrl: publicFileUrl(image.thumbnailPath),
        alt: image.alt,
        width: image.width,
        height: image.height,
      })),
      publishedAt: product.publishedAt?.toISO() ?? null,
      updatedAt: product.updatedAt.toISO(),
    },
  }
}

export async function listCategories() {
  const categories = await Category.query().orderBy('position').orderBy('name')
  const counts = await db
    .from('storefront_products')
    .where('status', 'active')
    .whereNotNull('category_id')
    .groupBy('category_id')
    .select('category_id')
    .count('* as total')
  const byCategory = new Map(counts.map((row) => [row.category_id, Number(row.total)]))
  return {
    data: categories.map((category) => ({
      id: category.id,
      parentId: category.parentId,
      name: category.name,
      slug: category.slug,
      description: category.description,
      position: category.position,
      imageUrl: publicFileUrl(category.imagePath),
      productCount: byCategory.get(category.id) ?? 0,
    })),
  }
}
