import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { DateTime } from 'luxon'
import sharp from 'sharp'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import { emitEvent } from '#kernel/contracts/emit_event'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import { ImageUploadError, sniffImageType } from '#kernel/files/image_upload'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Tenant from '#kernel/tenancy/models/tenant'
import type Customer from '#kernel/identity/models/customer'
import type Product from '#modules/storefront/models/product'
import Review from '#modules/storefront/models/review'
import { storefrontFilesPrefix } from '#modules/storefront/catalog/storage_paths'

export const MAX_REVIEW_PHOTOS = 4
const MAX_PHOTO_BYTES = 5 * 1024 * 1024

/** Whether the customer bought the product in an order that was paid. */
export async function hasBought(customerId: string, productId: string) {
  const row = await db
    .from('storefront_order_items as items')
    .join('storefront_orders as orders', (join) => {
      join.on('orders.tenant_id', 'items.tenant_id').andOn('orders.id', 'items.order_id')
    })
    .where('items.tenant_id', requireTenantId())
    .where('orders.customer_id', customerId)
    .where('items.product_id', productId)
    .whereNotNull('orders.paid_at')
    .select('items.id')
    .first()
  return Boolean(row)
}

/** Checks every photo before storing any, then stores each as a web-sized WebP. */
export async function storeReviewPhotos(files: MultipartFile[]) {
  if (files.length > MAX_REVIEW_PHOTOS) {
    throw new ImageUploadError(`Add at most ${MAX_REVIEW_PHOTOS} photos.`)
  }
  for (const file of files) {
    if (!file.tmpPath || file.hasErrors) {
      throw new ImageUploadError(file.errors[0]?.message ?? 'A photo did not arrive complete.')
    }
    if (file.size > MAX_PHOTO_BYTES) {
      throw new ImageUploadError('Each photo must be smaller than 5 MB.')
    }
    if (!(await sniffImageType(file.tmpPath))) {
      throw new ImageUploadError('Photos must be PNG, JPEG, GIF or WebP images.')
    }
  }
  const prefix = `${storefrontFilesPrefix(requireTenantId())}/reviews`
  const keys: string[] = []
  for (const file of files) {
    const original = await readFile(file.tmpPath!)
    const resized = await sharp(original)
      .rotate()
      .resize({ width: 1200, height: 1200, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer()
    const key = `${prefix}/${randomUUID()}.webp`
    await drive.use().put(key, resized)
    keys.push(key)
  }
  return keys
}

/**
 * A customer's review: it waits for moderation (status `pending`), is
 * marked as a verified purchase when they bought the product, and staff
 * who moderate reviews are told.
 */
export async function submitReview(input: {
  product: Product
  customer: Customer
  rating: number
  title?: string
  body: string
  photoPaths: string[]
}) {
  const review = await Review.create({
    productId: input.product.id,
    customerId: input.customer.id,
    authorName: input.customer.name,
    rating: input.rating,
    title: input.title ?? null,
    body: input.body,
    photoPaths: input.photoPaths,
    verifiedPurchase: await hasBought(input.customer.id, input.product.id),
    status: 'pending',
  })
  const tenantId = requireTenantId()
  const tenant = await Tenant.findOrFail(tenantId)
  await emitEvent('storefront.review.submitted', {
    tenantId,
    reviewId: review.id,
    productId: input.product.id,
  })
  await notifyStaff({
    kind: 'storefront.review_submitted',
    title: `New ${input.rating}-star review of ${input.product.name}`,
    body: input.title ?? input.body.slice(0, 140),
    url: `/app/${tenant.slug}/storefront/reviews`,
  })
  return review
}

/** The product's rating, from its approved reviews. */
export async function refreshProductRating(productId: string) {
  const stats = await db
    .from('storefront_reviews')
    .where('tenant_id', requireTenantId())
    .where('product_id', productId)
    .where('status', 'approved')
    .select(db.raw('count(*)::int as count'), db.raw('round(avg(rating), 2) as average'))
    .first()
  await db
    .from('storefront_products')
    .where('tenant_id', requireTenantId())
    .where('id', productId)
    .update({
      review_count: stats?.count ?? 0,
      rating_average: stats?.count ? stats.average : null,
    })
}

export async function moderateReview(
  review: Review,
  status: 'approved' | 'rejected',
  moderatorEmail: string
) {
  review.merge({ status, moderatedAt: DateTime.now(), moderatedBy: moderatorEmail })
  await review.save()
  await refreshProductRating(review.productId)
}
