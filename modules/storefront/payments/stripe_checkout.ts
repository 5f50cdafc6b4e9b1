import Stripe from 'stripe'
import logger from '@adonisjs/core/services/logger'
import type Tenant from '#kernel/tenancy/models/tenant'
import type Order from '#modules/storefront/models/order'
import OrderItem from '#modules/storefront/models/order_item'
import { CheckoutError } from '#modules/storefront/checkout/checkout_error'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { stripeClient } from '#kernel/stripe/stripe_client'
import { recordOrderEvent } from '#modules/storefront/orders/order_timeline'

/**
 * A Stripe Checkout Session for an unpaid order, on the shop's connected
 * account (the money goes to the shop). The order is paid once Stripe's
 * webhook confirms it. Returns the URL to send the buyer to.
 */
export async function stripeCheckoutFor(
  order: Order,
  tenant: Tenant,
  urls: { successUrl: string; cancelUrl: string }
) {
  const settings = await shopSettings()
  if (!settings.stripe?.chargesEnabled) {
    throw new CheckoutError('Card payments are not available in this shop right now.')
  }
  if (order.paymentStatus !== 'unpaid' || order.status !== 'pending') {
    throw new CheckoutError(`Order #${order.number} does not need a payment.`)
  }
  const items = await OrderItem.query().where('order_id', order.id)
  const metadata = { order_id: order.id, tenant_id: tenant.id, order_number: String(order.number) }
  const session = await stripeClient()
    .checkout.sessions.create(
      {
        mode: 'payment',
        customer_email: order.email,
        client_reference_id: order.id,
        // One line for the whole order: its discount, shipping and tax are
        // already in the total, exactly as the shop computed them.
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: order.currency.toLowerCase(),
              unit_amount: order.totalMinor,
              product_data: {
                name: `Order #${order.number} at ${tenant.name}`,
                description: items
                  .map((item) => `${item.quantity} × ${item.name}`)
                  .join(', ')
                  .slice(0, 500),
              },
            },
          },
        ],
        metadata,
        payment_intent_data: { metadata },
        success_url: urls.successUrl,
        cancel_url: urls.cancelUrl,
      },
      {
        stripeAccount: settings.stripe.accountId,
        // A new key after each session, so "pay again" opens a fresh one.
        idempotencyKey: `storefront-order-${order.id}-after-${order.stripeCheckoutSessionId ?? 'none'}`,
      }
    )
    .catch((error: unknown) => {
      if (!(error instanceof Stripe.errors.StripeError)) throw error
      logger.warn({ err: error, orderId: order.id }, 'stripe refused a checkout session')
      throw new CheckoutError(
        'The card payment page could not be opened. Try again in a moment, or contact the shop.'
      )
    })
  order.stripeCheckoutSessionId = session.id
  await order.save()
  await recordOrderEvent(order.id, 'payment_started', 'The buyer went to pay by card.', {
    userId: null,
  })
  return session.url!
}
