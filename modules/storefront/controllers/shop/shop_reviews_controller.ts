import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { ImageUploadError } from '#kernel/files/image_upload'
import { fieldError } from '#kernel/validation/field_error'
import Review from '#modules/storefront/models/review'
import { findActiveProduct } from '#modules/storefront/shop/shop_catalog'
import {
  MAX_REVIEW_PHOTOS,
  storeReviewPhotos,
  submitReview,
} from '#modules/storefront/shop/reviews'
import { reviewValidator, shopMessages } from '#modules/storefront/validators/shop'

export default class ShopReviewsController {
  async store(ctx: HttpContext) {
    const base = ctx.storefrontBasePath ?? ''
    const product = await findActiveProduct(String(ctx.params.slug))
    if (!product || product.slug !== ctx.params.slug) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    if (!ctx.customer) {
      return ctx.response.redirect(`${base}/account/login`)
    }
    const payload = await ctx.request.validateUsing(reviewValidator, {
      messagesProvider: shopMessages,
    })
    if (
      await Review.query()
        .where('customer_id', ctx.customer.id)
        .where('product_id', product.id)
        .first()
    ) {
      throw fieldError('body', 'You have already reviewed this product.')
    }
    const photos = ctx.request.files('photos', { size: '5mb' }).slice(0, MAX_REVIEW_PHOTOS + 1)
    let photoPaths: string[]
    try {
      photoPaths = await storeReviewPhotos(photos)
    } catch (error) {
      if (error instanceof ImageUploadError) throw fieldError('photos', error.message)
      throw error
    }
    await submitReview({
      product,
      customer: ctx.customer,
      rating: payload.rating,
      title: payload.title,
      body: payload.body,
      photoPaths,
    })
    ctx.session.flash('success', 'Thank you! Your review will appear once the shop has checked it.')
    return ctx.response.redirect(`${base}/products/${product.slug}#reviews`)
  }
}
