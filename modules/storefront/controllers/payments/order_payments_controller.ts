import type { HttpContext } from '@adonisjs/core/http'
import { stripeCheckoutFor } from '#modules/storefront/payments/stripe_checkout'
import { viewableOrder } from '#modules/storefront/controllers/checkout/order_confirmations_controller'

/** Sends the buyer of an unpaid card order to Stripe's payment page. */
export default class OrderPaymentsController {
  async pay(ctx: HttpContext) {
    const order = await viewableOrder(ctx)
    const confirmation = `${ctx.request.protocol()}://${ctx.request.host()}${ctx.storefrontBasePath ?? ''}/orders/${order.id}/confirmation`
    const url = await stripeCheckoutFor(order, ctx.tenant!, {
      successUrl: `${confirmation}?paid=1`,
      cancelUrl: confirmation,
    })
    return ctx.response.redirect(url)
  }
}
