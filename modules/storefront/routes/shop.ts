import { defineRoutes } from '#kernel/modules/define_routes'

const ShopCatalogController = () =>
  import('#modules/storefront/controllers/shop/shop_catalog_controller')
const ShopPagesController = () =>
  import('#modules/storefront/controllers/shop/shop_pages_controller')
const ShopReviewsController = () =>
  import('#modules/storefront/controllers/shop/shop_reviews_controller')
const ReviewModerationController = () =>
  import('#modules/storefront/controllers/shop/review_moderation_controller')
const WishlistController = () => import('#modules/storefront/controllers/shop/wishlist_controller')
const NewsletterController = () =>
  import('#modules/storefront/controllers/shop/newsletter_controller')
const ShopAccountController = () =>
  import('#modules/storefront/controllers/shop/shop_account_controller')

/**
 * The customer-facing shop (home is the kernel's `/s/:storefront`, served
 * through ShopFront), and review moderation in the back office.
 */
export default defineRoutes({
  backOffice(router) {
    router.get('/reviews', [ReviewModerationController, 'index']).as('storefront.reviews.index')
    router
      .post('/reviews/:id/approve', [ReviewModerationController, 'approve'])
      .where('id', router.matchers.uuid())
      .as('storefront.reviews.approve')
    router
      .post('/reviews/:id/reject', [ReviewModerationController, 'reject'])
      .where('id', router.matchers.uuid())
      .as('storefront.reviews.reject')
  },
  storefront(router) {
    router.get('/search', [ShopCatalogController, 'search']).as('storefront.shop.search')
    router
      .get('/categories/:slug', [ShopCatalogController, 'category'])
      .as('storefront.shop.category')
    router.get('/products/:slug', [ShopCatalogController, 'product']).as('storefront.shop.product')
    router
      .post('/products/:slug/reviews', [ShopReviewsController, 'store'])
      .as('storefront.shop_reviews.store')
    router.get('/pages/:slug', [ShopPagesController, 'show']).as('storefront.shop.page')
    router.get('/sitemap.xml', [ShopPagesController, 'sitemap']).as('storefront.shop.sitemap')
    router.get('/robots.txt', [ShopPagesController, 'robots']).as('storefront.shop.robots')

    router.get('/wishlist', [WishlistController, 'index']).as('storefront.wishlist.index')
    router.post('/wishlist', [WishlistController, 'store']).as('storefront.wishlist.store')
    router
      .delete('/wishlist/:productId', [WishlistController, 'destroy'])
      .where('productId', router.matchers.uuid())
      .as('storefront.wishlist.destroy')

    router.post('/newsletter', [NewsletterController, 'store']).as('storefront.newsletter.store')

    router.get('/account/orders', [ShopAccountController, 'orders']).as('storefront.account.orders')
    router
      .get('/account/orders/:number', [ShopAccountController, 'order'])
      .where('number', /^\d{1,12}$/)
      .as('storefront.account.order')
    router
      .get('/account/addresses', [ShopAccountController, 'addresses'])
      .as('storefront.account.addresses')
    router
      .post('/account/addresses', [ShopAccountController, 'storeAddress'])
      .as('storefront.account.store_address')
    router
      .put('/account/addresses/:id', [ShopAccountController, 'updateAddress'])
      .where('id', router.matchers.uuid())
      .as('storefront.account.update_address')
    router
      .delete('/account/addresses/:id', [ShopAccountController, 'destroyAddress'])
      .where('id', router.matchers.uuid())
      .as('storefront.account.destroy_address')
    router
      .get('/account/profile', [ShopAccountController, 'profile'])
      .as('storefront.account.profile')
    router
      .put('/account/profile', [ShopAccountController, 'updateProfile'])
      .as('storefront.account.update_profile')
    router
      .get('/account/privacy', [ShopAccountController, 'privacy'])
      .as('storefront.account.privacy')
    router
      .get('/account/data.json', [ShopAccountController, 'download'])
      .as('storefront.account.download')
    router.delete('/account', [ShopAccountController, 'erase']).as('storefront.account.erase')
  },
})
