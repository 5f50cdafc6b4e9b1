import { defineRoutes } from '#kernel/modules/define_routes'

const CartController = () => import('#modules/storefront/controllers/cart/cart_controller')
const CheckoutController = () =>
  import('#modules/storefront/controllers/checkout/checkout_controller')
const OrderConfirmationsController = () =>
  import('#modules/storefront/controllers/checkout/order_confirmations_controller')

/**
 * The shopper's cart, the checkout and the order confirmation.
 */
export default defineRoutes({
  storefront(router) {
    router.get('/cart', [CartController, 'show']).as('storefront.cart.show')
    router.post('/cart/items', [CartController, 'add']).as('storefront.cart.add')
    router.put('/cart/items/:variantId', [CartController, 'update']).as('storefront.cart.update')
    router.delete('/cart/items/:variantId', [CartController, 'remove']).as('storefront.cart.remove')
    router
      .get('/cart/:cart/resume', [CartController, 'resume'])
      .where('cart', router.matchers.uuid())
      .as('storefront.cart.resume')

    router.get('/checkout', [CheckoutController, 'show']).as('storefront.checkout.show')
    router.put('/checkout', [CheckoutController, 'update']).as('storefront.checkout.update')
    router.post('/checkout/place', [CheckoutController, 'place']).as('storefront.checkout.place')

    router
      .get('/orders/:id/confirmation', [OrderConfirmationsController, 'show'])
      .as('storefront.orders.confirmation')
  },
})
