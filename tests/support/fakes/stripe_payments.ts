import { newCharge } from './stripe_objects.js'
import { StripeApiError } from './stripe_params.js'
import type { StripeStore } from './stripe_store.js'
import type { FakePaymentError, FakePaymentIntent } from './stripe_types.js'

/** Stripe's test payment methods that decline; every other payment method pays. */
const DECLINES: Record<string, Pick<FakePaymentError, 'code' | 'decline_code' | 'message'>> = {
  pm_card_chargeDeclined: {
    code: 'card_declined',
    decline_code: 'generic_decline',
    message: 'Your card was declined.',
  },
  pm_card_chargeDeclinedInsufficientFunds: {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  pm_card_chargeDeclinedExpiredCard: {
    code: 'expired_card',
    message: 'Your card has expired.',
  },
}

export const SUCCEEDING_PAYMENT_METHOD = 'pm_card_visa'

/**
 * Charges the PaymentIntent's payment method. A declining test card leaves
 * the intent waiting for another payment method and throws Stripe's 402.
 */
export function chargePaymentIntent(
  store: StripeStore,
  paymentIntent: FakePaymentIntent,
  account: string | undefined
) {
  const paymentMethod = paymentIntent.payment_method ?? SUCCEEDING_PAYMENT_METHOD
  const decline = DECLINES[paymentMethod]
  if (decline) {
    paymentIntent.status = 'requires_payment_method'
    paymentIntent.payment_method = null
    paymentIntent.last_payment_error = {
      type: 'card_error',
      ...decline,
      payment_method: { id: paymentMethod, object: 'payment_method', type: 'card' },
    }
    throw new StripeApiError(402, {
      type: 'card_error',
      ...decline,
      payment_intent: structuredClone(paymentIntent),
    })
  }
  paymentIntent.payment_method = paymentMethod
  const charge = store.save(store.charges, newCharge(paymentIntent), account)
  paymentIntent.status = 'succeeded'
  paymentIntent.amount_received = paymentIntent.amount
  paymentIntent.last_payment_error = null
  paymentIntent.latest_charge = charge.id
  return paymentIntent
}
