import Stripe from 'stripe'
import { ActionRefused } from '#exceptions/action_refused'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { stripeClient, stripeIsConfigured } from '#kernel/stripe/stripe_client'

export interface StripeRefundRequest {
  paymentIntentId: string
  amountMinor: number
  /** The same key for a retried refund, so Stripe never refunds twice. */
  idempotencyKey: string
  orderId: string
}

/**
 * Refunds (part of) a card payment on the shop's connected account.
 * Returns Stripe's refund id; a refusal reaches staff as a message and
 * nothing is recorded.
 */
export async function refundStripePayment(request: StripeRefundRequest) {
  const { stripe: account } = await shopSettings()
  if (!account || !stripeIsConfigured()) {
    throw new ActionRefused(
      'This order was paid with Stripe, but the shop’s Stripe account is not connected: refund it from your Stripe dashboard.'
    )
  }
  try {
    const refund = await stripeClient().refunds.create(
      {
        payment_intent: request.paymentIntentId,
        amount: request.amountMinor,
        metadata: { order_id: request.orderId },
      },
      { stripeAccount: account.accountId, idempotencyKey: request.idempotencyKey }
    )
    return refund.id
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error
    throw new ActionRefused(`Stripe refused the refund: ${error.message}`)
  }
}
