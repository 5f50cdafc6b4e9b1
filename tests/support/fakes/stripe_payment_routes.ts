import { formatAmount, newId, newPaymentIntent, unixNow } from './stripe_objects.js'
import { invalidRequest, type ParamReader } from './stripe_params.js'
import { chargePaymentIntent } from './stripe_payments.js'
import { route, type StripeCall } from './stripe_router.js'
import type { StripeStore } from './stripe_store.js'
import type { FakePaymentIntent, FakeRefund } from './stripe_types.js'

const PAYMENT_INTENT_CONFIRM_PARAMS = [
  'allowed_payment_method_types',
  'amount_details',
  'amount_to_confirm',
  'capture_method',
  'confirmation_token',
  'error_on_requires_action',
  'excluded_payment_method_types',
  'hooks',
  'mandate',
  'mandate_data',
  'off_session',
  'payment_details',
  'payment_method',
  'payment_method_data',
  'payment_method_options',
  'radar_options',
  'receipt_email',
  'return_url',
  'setup_future_usage',
  'shipping',
  'use_stripe_sdk',
]

const PAYMENT_INTENT_CREATE_PARAMS = [
  ...PAYMENT_INTENT_CONFIRM_PARAMS.filter((name) => name !== 'amount_to_confirm'),
  'amount',
  'application_fee_amount',
  'automatic_payment_methods',
  'confirm',
  'confirmation_method',
  'currency',
  'customer',
  'customer_account',
  'description',
  'metadata',
  'on_behalf_of',
  'payment_method_configuration',
  'statement_descriptor',
  'statement_descriptor_suffix',
  'transfer_data',
  'transfer_group',
]

const CONFIRMABLE_STATUSES = ['requires_payment_method', 'requires_confirmation', 'requires_action']

const REFUND_PARAMS = [
  'amount',
  'charge',
  'currency',
  'customer',
  'instructions_email',
  'metadata',
  'origin',
  'payment_intent',
  'reason',
  'refund_application_fee',
  'reverse_transfer',
]

export const paymentRoutes = [
  route('POST', '/v1/payment_intents', createPaymentIntent),
  route('POST', '/v1/payment_intents/:id/confirm', ({ params, path, store, account }) => {
    params.onlyKnown(PAYMENT_INTENT_CONFIRM_PARAMS)
    const paymentIntent = store.retrieve(store.paymentIntents, 'payment_intent', path.id, account)
    return confirm(store, paymentIntent, params, account)
  }),
  route('GET', '/v1/payment_intents/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.paymentIntents, 'payment_intent', path.id, account)
  }),
  route('GET', '/v1/charges/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.charges, 'charge', path.id, account)
  }),
  route('POST', '/v1/refunds', createRefund),
  route('GET', '/v1/refunds/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.refunds, 'refund', path.id, account)
  }),
]

function createPaymentIntent({ params, store, account }: StripeCall) {
  params.onlyKnown(PAYMENT_INTENT_CREATE_PARAMS)
  const amount = params.requiredInteger('amount')
  if (amount < 1) {
    throw params.invalid('amount', 'This value must be greater than or equal to 1.')
  }
  const customer = params.string('customer') ?? null
  if (customer) {
    store.reference(store.customers, 'customer', customer, account, 'customer')
  }
  const paymentIntent = newPaymentIntent({
    amount,
    currency: params.requiredString('currency').toLowerCase(),
    customer,
    metadata: params.metadata(),
    paymentMethod: params.string('payment_method') ?? null,
  })
  paymentIntent.description = params.string('description') ?? null
  const automatic = params.child('automatic_payment_methods')
  if (automatic) {
    paymentIntent.automatic_payment_methods = {
      allow_redirects: automatic.oneOf('allow_redirects', ['always', 'never']) ?? 'always',
      enabled: automatic.boolean('enabled') ?? false,
    }
  }
  if (params.has('payment_method_types')) {
    paymentIntent.payment_method_types = params.stringList('payment_method_types')
  }
  store.save(store.paymentIntents, paymentIntent, account)
  return params.boolean('confirm') ? confirm(store, paymentIntent, params, account) : paymentIntent
}

function confirm(
  store: StripeStore,
  paymentIntent: FakePaymentIntent,
  params: ParamReader,
  account: string | undefined
) {
  if (!CONFIRMABLE_STATUSES.includes(paymentIntent.status)) {
    throw invalidRequest(
      `You cannot confirm this PaymentIntent because it has a status of ${paymentIntent.status}.`,
      { code: 'payment_intent_unexpected_state' }
    )
  }
  paymentIntent.payment_method = params.string('payment_method') ?? paymentIntent.payment_method
  if (!paymentIntent.payment_method) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      { code: 'payment_intent_unexpected_state', param: 'payment_method' }
    )
  }
  paymentIntent.receipt_email = params.string('receipt_email') ?? paymentIntent.receipt_email
  return chargePaymentIntent(store, paymentIntent, account)
}

function createRefund({ params, store, account }: StripeCall) {
  params.onlyKnown(REFUND_PARAMS)
  const paymentIntentId = params.string('payment_intent')
  const chargeId = params.string('charge')
  if (!paymentIntentId && !chargeId) {
    throw invalidRequest(
      'One of the following params should be provided for this request: payment_intent or charge.'
    )
  }
  const charge = paymentIntentId
    ? succeededCharge(
        store,
        store.reference(
          store.paymentIntents,
          'payment_intent',
          paymentIntentId,
          account,
          'payment_intent'
        )
      )
    : store.reference(store.charges, 'charge', chargeId!, account, 'charge')
  const remaining = charge.amount - charge.amount_refunded
  if (remaining === 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, {
      code: 'charge_already_refunded',
    })
  }
  const amount = params.integer('amount') ?? remaining
  if (amount < 1) {
    throw params.invalid('amount', 'Invalid positive integer')
  }
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      { code: 'amount_too_large', param: 'amount' }
    )
  }
  const refund: FakeRefund = {
    id: newId('re'),
    object: 'refund',
    amount,
    charge: charge.id,
    created: unixNow(),
    currency: charge.currency,
    metadata: params.metadata(),
    payment_intent: charge.payment_intent,
    reason: params.oneOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer']) ?? null,
    status: 'succeeded',
  }
  charge.amount_refunded += amount
  charge.refunded = charge.amount_refunded === charge.amount
  return store.save(store.refunds, refund, account)
}

function succeededCharge(store: StripeStore, paymentIntent: FakePaymentIntent) {
  const charge = paymentIntent.latest_charge
    ? store.charges.get(paymentIntent.latest_charge)
    : undefined
  if (!charge || paymentIntent.status !== 'succeeded') {
    throw invalidRequest(
      `This PaymentIntent (${paymentIntent.id}) does not have a successful charge to refund.`,
      { param: 'payment_intent' }
    )
  }
  return charge
}
