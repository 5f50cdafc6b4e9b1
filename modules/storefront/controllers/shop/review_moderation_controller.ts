import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { publicFileUrl } from '#kernel/files/image_upload'
import Product from '#modules/storefront/models/product'
import Review, { type ReviewStatus } from '#modules/storefront/models/review'
import { moderateReview } from '#modules/storefront/shop/reviews'

const STATUSES: ReviewStatus[] = ['pending', 'approved', 'rejected']

/** Back office: the queue of customer reviews waiting to be approved or rejected. */
export default class ReviewModerationController {
  async index({ bouncer, inertia, request, params }: HttpContext) {
    await bouncer.authorize('can', 'storefront.reviews.moderate')
    const wanted = request.qs().status
    const status: ReviewStatus = STATUSES.includes(wanted) ? wanted : 'pending'
    const page = Math.max(1, Number.parseInt(String(request.qs().page ?? '1'), 10) || 1)
    const reviews = await Review.query()
      .where('status', status)
      .orderBy('created_at', status === 'pending' ? 'asc' : 'desc')
      .paginate(page, 20)
    const productIds = [...new Set(reviews.all().map((review) => review.productId))]
    const products = productIds.length
      ? await Product.query().whereIn('id', productIds).select('id', 'name', 'slug')
      : []
    const names = new Map(products.map((product) => [product.id, product]))
    const pendingCount = await Review.query().where('status', 'pending').count('* as total')
    return inertia.render('storefront/shop/reviews_moderation', {
      status,
      pendingCount: Number(pendingCount[0].$extras.total),
      reviews: reviews.all().map((review) => ({
        id: review.id,
        productName: names.get(review.productId)?.name ?? 'Deleted product',
        authorName: review.authorName,
        rating: review.rating,
        title: review.title,
        body: review.body,
        photoUrls: review.photoPaths.map((path) => publicFileUrl(path)!),
        verifiedPurchase: review.verifiedPurchase,
        status: review.status,
        createdAt: review.createdAt.toISO()!,
        moderatedBy: review.moderatedBy,
      })),
      pagination: { page: reviews.currentPage, lastPage: reviews.lastPage, total: reviews.total },
      path: `/app/${params.workspace}/storefront/reviews`,
    })
  }

  async approve(ctx: HttpContext) {
    return this.#moderate(ctx, 'approved')
  }

  async reject(ctx: HttpContext) {
    return this.#moderate(ctx, 'rejected')
  }

  async #moderate(ctx: HttpContext, status: 'approved' | 'rejected') {
    await ctx.bouncer.authorize('can', 'storefront.reviews.moderate')
    const review = await Review.find(ctx.params.id)
    if (!review) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    await moderateReview(review, status, ctx.member!.user.email)
    ctx.session.flash(
      'success',
      status === 'approved' ? 'The review is now on the product page.' : 'The review was rejected.'
    )
    return ctx.response.redirect().back()
  }
}
