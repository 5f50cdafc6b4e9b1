import { randomInt } from 'node:crypto'
import type {
  FakeAccount,
  FakeCharge,
  FakeCustomer,
  FakeList,
  FakePaymentIntent,
  FakePrice,
  FakeProduct,
  FakeRecurring,
  FakeSubscription,
  FakeSubscriptionItem,
  Metadata,
} from './stripe_types.js'

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

export function newId(prefix: string, length = 24) {
  let suffix = ''
  for (let index = 0; index < length; index++) {
    suffix += ID_ALPHABET[randomInt(ID_ALPHABET.length)]
  }
  return `${prefix}_${suffix}`
}

export function unixNow() {
  return Math.floor(Date.now() / 1000)
}

/** Moves a timestamp by whole intervals; months keep their day, clamped to the month's end. */
export function addInterval(
  timestamp: number,
  recurring: Pick<FakeRecurring, 'interval' | 'interval_count'>
) {
  const date = new Date(timestamp * 1000)
  const count = recurring.interval_count
  if (recurring.interval === 'day' || recurring.interval === 'week') {
    const days = recurring.interval === 'day' ? count : count * 7
    date.setUTCDate(date.getUTCDate() + days)
  } else {
    const months = recurring.interval === 'month' ? count : count * 12
    const day = date.getUTCDate()
    date.setUTCDate(1)
    date.setUTCMonth(date.getUTCMonth() + months)
    const lastDay = new Date(
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)
    ).getUTCDate()
    date.setUTCDate(Math.min(day, lastDay))
  }
  return Math.floor(date.getTime() / 1000)
}

export function list<T>(data: T[], url: string): FakeList<T> {
  return { object: 'list', data, has_more: false, url }
}

export function formatAmount(amount: number, currency: string) {
  const symbols: Record<string, string> = { usd: '$', eur: '€', gbp: '£' }
  const value = (amount / 100).toFixed(2)
  const symbol = symbols[currency]
  return symbol ? `${symbol}${value}` : `${value} ${currency.toUpperCase()}`
}

export function newCustomer(): FakeCustomer {
  return {
    id: newId('cus', 14),
    object: 'customer',
    address: null,
    balance: 0,
    created: unixNow(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: null,
    invoice_prefix: newId('X', 8).slice(2).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: {},
    name: null,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  }
}

export function newProduct(name: string, id = newId('prod', 14)): FakeProduct {
  const created = unixNow()
  return {
    id,
    object: 'product',
    active: true,
    created,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    type: 'service',
    unit_label: null,
    updated: created,
    url: null,
  }
}

export function newPrice(fields: {
  product: string
  currency: string
  unitAmount: number
  recurring: FakeRecurring | null
}): FakePrice {
  return {
    id: newId('price'),
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: unixNow(),
    currency: fields.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    product: fields.product,
    recurring: fields.recurring,
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: fields.recurring ? 'recurring' : 'one_time',
    unit_amount: fields.unitAmount,
    unit_amount_decimal: String(fields.unitAmount),
  }
}

export function newSubscriptionItem(
  subscription: Pick<FakeSubscription, 'id' | 'current_period_start' | 'current_period_end'>,
  price: FakePrice,
  quantity: number
): FakeSubscriptionItem {
  return {
    id: newId('si', 14),
    object: 'subscription_item',
    created: unixNow(),
    current_period_end: subscription.current_period_end,
    current_period_start: subscription.current_period_start,
    discounts: [],
    metadata: {},
    price: structuredClone(price),
    quantity,
    subscription: subscription.id,
    tax_rates: [],
  }
}

export function newSubscription(fields: {
  customer: string
  currency: string
  periodEnd: number
  metadata: Metadata
  trialEnd: number | null
}): FakeSubscription {
  const id = newId('sub')
  const now = unixNow()
  return {
    id,
    object: 'subscription',
    billing_cycle_anchor: fields.periodEnd,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, reason: null },
    collection_method: 'charge_automatically',
    created: now,
    currency: fields.currency,
    current_period_end: fields.periodEnd,
    current_period_start: now,
    customer: fields.customer,
    default_payment_method: null,
    description: null,
    discounts: [],
    ended_at: null,
    items: list([], `/v1/subscription_items?subscription=${id}`),
    latest_invoice: null,
    livemode: false,
    metadata: fields.metadata,
    pause_collection: null,
    schedule: null,
    start_date: now,
    status: fields.trialEnd ? 'trialing' : 'active',
    trial_end: fields.trialEnd,
    trial_start: fields.trialEnd ? now : null,
  }
}

export function newPaymentIntent(fields: {
  amount: number
  currency: string
  customer: string | null
  metadata: Metadata
  paymentMethod: string | null
}): FakePaymentIntent {
  const id = newId('pi')
  return {
    id,
    object: 'payment_intent',
    amount: fields.amount,
    amount_capturable: 0,
    amount_received: 0,
    automatic_payment_methods: null,
    capture_method: 'automatic_async',
    client_secret: `${id}_secret_${newId('x', 24).slice(2)}`,
    confirmation_method: 'automatic',
    created: unixNow(),
    currency: fields.currency,
    customer: fields.customer,
    description: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: fields.metadata,
    next_action: null,
    payment_method: fields.paymentMethod,
    payment_method_types: ['card'],
    receipt_email: null,
    status: fields.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
  }
}

export function newCharge(paymentIntent: FakePaymentIntent): FakeCharge {
  return {
    id: newId('ch'),
    object: 'charge',
    amount: paymentIntent.amount,
    amount_captured: paymentIntent.amount,
    amount_refunded: 0,
    captured: true,
    created: paymentIntent.created,
    currency: paymentIntent.currency,
    customer: paymentIntent.customer,
    livemode: false,
    metadata: {},
    paid: true,
    payment_intent: paymentIntent.id,
    payment_method: paymentIntent.payment_method,
    refunded: false,
    status: 'succeeded',
  }
}

const COUNTRY_CURRENCIES: Record<string, string> = {
  AU: 'aud',
  CA: 'cad',
  CH: 'chf',
  GB: 'gbp',
  JP: 'jpy',
  US: 'usd',
}

const EURO_COUNTRIES = ['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'IE', 'IT', 'LU', 'NL', 'PT']

export function newAccount(type: FakeAccount['type'], country: string): FakeAccount {
  const currency = EURO_COUNTRIES.includes(country) ? 'eur' : (COUNTRY_CURRENCIES[country] ?? 'usd')
  return {
    id: newId('acct', 16),
    object: 'account',
    business_profile: {},
    business_type: null,
    capabilities: {},
    charges_enabled: false,
    country,
    created: unixNow(),
    default_currency: currency,
    details_submitted: false,
    email: null,
    metadata: {},
    payouts_enabled: false,
    requirements: {
      current_deadline: null,
      currently_due: ['business_type', 'external_account', 'tos_acceptance.date'],
      disabled_reason: 'requirements.past_due',
      errors: [],
      eventually_due: ['business_type', 'external_account', 'tos_acceptance.date'],
      past_due: ['business_type', 'external_account', 'tos_acceptance.date'],
      pending_verification: [],
    },
    type,
  }
}
