import { defineRoutes } from '#kernel/modules/define_routes'

const StripeConnectController = () =>
  import('#modules/storefront/controllers/payments/stripe_connect_controller')
const StripeWebhooksController = () =>
  import('#modules/storefront/controllers/payments/stripe_webhooks_controller')
const OrderPaymentsController = () =>
  import('#modules/storefront/controllers/payments/order_payments_controller')

/**
 * Card payments: Stripe Connect onboarding of the workspace's account,
 * paying an order on Stripe, and Stripe's webhook.
 */
export default defineRoutes({
  backOffice(router) {
    // Plain links (the settings page and Stripe's own refresh link): the
    // account is created once, later visits only make a new onboarding link.
    router
      .get('/settings/payments/stripe', [StripeConnectController, 'start'])
      .as('storefront.stripe.connect')
    router
      .get('/settings/payments/stripe/return', [StripeConnectController, 'return'])
      .as('storefront.stripe.return')
    router
      .get('/settings/payments/stripe/refresh', [StripeConnectController, 'start'])
      .as('storefront.stripe.refresh')
  },
  storefront(router) {
    router.post('/orders/:id/pay', [OrderPaymentsController, 'pay']).as('storefront.orders.pay')
  },
  public(router) {
    router
      .post('/webhooks/stripe/storefront', [StripeWebhooksController, 'handle'])
      .as('storefront.payments.webhook')
  },
})
