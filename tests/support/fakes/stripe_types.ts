/**
 * The subset of Stripe's object shapes (API version of the installed SDK)
 * that the fake server stores and serves.
 */

export type Metadata = Record<string, string>

export interface FakeList<T> {
  object: 'list'
  data: T[]
  has_more: boolean
  url: string
}

export interface FakeCustomer {
  id: string
  object: 'customer'
  address: Record<string, unknown> | null
  balance: number
  created: number
  currency: string | null
  default_source: string | null
  delinquent: boolean
  description: string | null
  email: string | null
  invoice_prefix: string
  invoice_settings: {
    custom_fields: null
    default_payment_method: string | null
    footer: null
    rendering_options: null
  }
  livemode: false
  metadata: Metadata
  name: string | null
  phone: string | null
  preferred_locales: string[]
  shipping: null
  tax_exempt: 'none'
  test_clock: null
}

export interface FakeProduct {
  id: string
  object: 'product'
  active: boolean
  created: number
  default_price: string | null
  description: string | null
  images: string[]
  livemode: false
  marketing_features: []
  metadata: Metadata
  name: string
  package_dimensions: null
  shippable: null
  statement_descriptor: string | null
  tax_code: null
  type: 'service'
  unit_label: string | null
  updated: number
  url: string | null
}

export type RecurringInterval = 'day' | 'week' | 'month' | 'year'

export interface FakeRecurring {
  interval: RecurringInterval
  interval_count: number
  meter: null
  trial_period_days: null
  usage_type: 'licensed' | 'metered'
}

export interface FakePrice {
  id: string
  object: 'price'
  active: boolean
  billing_scheme: 'per_unit'
  created: number
  currency: string
  custom_unit_amount: null
  livemode: false
  lookup_key: string | null
  metadata: Metadata
  nickname: string | null
  product: string
  recurring: FakeRecurring | null
  tax_behavior: string
  tiers_mode: null
  transform_quantity: null
  type: 'one_time' | 'recurring'
  unit_amount: number
  unit_amount_decimal: string
}

export interface FakeLineItem {
  id: string
  object: 'item'
  amount_discount: number
  amount_subtotal: number
  amount_tax: number
  amount_total: number
  currency: string
  description: string
  metadata: Metadata
  price: FakePrice
  quantity: number
}

export interface FakeCustomerDetails {
  address: null
  email: string | null
  name: string | null
  phone: null
  tax_exempt: 'none'
  tax_ids: []
}

export interface FakeCheckoutSession {
  id: string
  object: 'checkout.session'
  amount_subtotal: number
  amount_total: number
  cancel_url: string | null
  client_reference_id: string | null
  created: number
  currency: string
  customer: string | null
  customer_creation: 'always' | 'if_required' | null
  customer_details: FakeCustomerDetails | null
  customer_email: string | null
  expires_at: number
  invoice: string | null
  livemode: false
  locale: string | null
  metadata: Metadata
  mode: 'payment' | 'subscription'
  payment_intent: string | null
  payment_status: 'paid' | 'unpaid' | 'no_payment_required'
  status: 'open' | 'complete' | 'expired'
  subscription: string | null
  success_url: string | null
  ui_mode: 'hosted'
  url: string | null
}

/** What a Checkout Session was created with that Stripe does not echo on the session itself. */
export interface CheckoutSessionDetails {
  lineItems: FakeLineItem[]
  paymentIntentMetadata: Metadata
  subscriptionMetadata: Metadata
  trialPeriodDays: number | null
}

export interface FakeBillingPortalSession {
  id: string
  object: 'billing_portal.session'
  configuration: string
  created: number
  customer: string
  flow: null
  livemode: false
  locale: string | null
  on_behalf_of: string | null
  return_url: string | null
  url: string
}

export interface FakeSubscriptionItem {
  id: string
  object: 'subscription_item'
  created: number
  current_period_end: number
  current_period_start: number
  discounts: []
  metadata: Metadata
  price: FakePrice
  quantity: number
  subscription: string
  tax_rates: []
}

export type SubscriptionStatus =
  | 'active'
  | 'canceled'
  | 'incomplete'
  | 'incomplete_expired'
  | 'past_due'
  | 'paused'
  | 'trialing'
  | 'unpaid'

export interface FakeSubscription {
  id: string
  object: 'subscription'
  billing_cycle_anchor: number
  cancel_at: number | null
  cancel_at_period_end: boolean
  canceled_at: number | null
  cancellation_details: { comment: string | null; feedback: string | null; reason: string | null }
  collection_method: 'charge_automatically'
  created: number
  currency: string
  current_period_end: number
  current_period_start: number
  customer: string
  default_payment_method: string | null
  description: string | null
  discounts: []
  ended_at: number | null
  items: FakeList<FakeSubscriptionItem>
  latest_invoice: string | null
  livemode: false
  metadata: Metadata
  pause_collection: Record<string, unknown> | null
  schedule: null
  start_date: number
  status: SubscriptionStatus
  trial_end: number | null
  trial_start: number | null
}

export interface FakeInvoiceLine {
  id: string
  object: 'line_item'
  amount: number
  currency: string
  description: string
  invoice: string
  livemode: false
  metadata: Metadata
  parent: {
    type: 'subscription_item_details'
    subscription_item_details: {
      invoice_item: null
      proration: false
      subscription: string
      subscription_item: string
    }
  }
  period: { start: number; end: number }
  pricing: {
    type: 'price_details'
    price_details: { price: string; product: string }
    unit_amount_decimal: string
  }
  quantity: number
}

export interface FakeInvoice {
  id: string
  object: 'invoice'
  amount_due: number
  amount_paid: number
  amount_remaining: number
  attempt_count: number
  attempted: boolean
  billing_reason: 'subscription_create' | 'subscription_cycle'
  collection_method: 'charge_automatically'
  created: number
  currency: string
  customer: string
  customer_email: string | null
  hosted_invoice_url: string
  invoice_pdf: string
  lines: FakeList<FakeInvoiceLine>
  livemode: false
  metadata: Metadata
  next_payment_attempt: number | null
  number: string
  parent: {
    type: 'subscription_details'
    quote_details: null
    subscription_details: { metadata: Metadata; subscription: string }
  }
  period_end: number
  period_start: number
  status: 'draft' | 'open' | 'paid' | 'uncollectible' | 'void'
  status_transitions: {
    finalized_at: number | null
    marked_uncollectible_at: null
    paid_at: number | null
    voided_at: null
  }
  subtotal: number
  total: number
}

export type PaymentIntentStatus =
  'canceled' | 'requires_action' | 'requires_confirmation' | 'requires_payment_method' | 'succeeded'

export interface FakePaymentError {
  type: 'card_error'
  code: string
  decline_code?: string
  message: string
  payment_method: { id: string; object: 'payment_method'; type: 'card' }
}

export interface FakePaymentIntent {
  id: string
  object: 'payment_intent'
  amount: number
  amount_capturable: number
  amount_received: number
  automatic_payment_methods: { allow_redirects: 'always' | 'never'; enabled: boolean } | null
  capture_method: 'automatic' | 'automatic_async' | 'manual'
  client_secret: string
  confirmation_method: 'automatic' | 'manual'
  created: number
  currency: string
  customer: string | null
  description: string | null
  last_payment_error: FakePaymentError | null
  latest_charge: string | null
  livemode: false
  metadata: Metadata
  next_action: null
  payment_method: string | null
  payment_method_types: string[]
  receipt_email: string | null
  status: PaymentIntentStatus
}

export interface FakeCharge {
  id: string
  object: 'charge'
  amount: number
  amount_captured: number
  amount_refunded: number
  captured: boolean
  created: number
  currency: string
  customer: string | null
  livemode: false
  metadata: Metadata
  paid: boolean
  payment_intent: string
  payment_method: string | null
  refunded: boolean
  status: 'succeeded'
}

export interface FakeRefund {
  id: string
  object: 'refund'
  amount: number
  charge: string
  created: number
  currency: string
  metadata: Metadata
  payment_intent: string
  reason: string | null
  status: 'succeeded'
}

export interface FakeAccount {
  id: string
  object: 'account'
  business_profile: Record<string, unknown>
  business_type: string | null
  capabilities: Record<string, 'active' | 'inactive' | 'pending'>
  charges_enabled: boolean
  country: string
  created: number
  default_currency: string
  details_submitted: boolean
  email: string | null
  metadata: Metadata
  payouts_enabled: boolean
  requirements: {
    current_deadline: null
    currently_due: string[]
    disabled_reason: string | null
    errors: []
    eventually_due: string[]
    past_due: string[]
    pending_verification: []
  }
  type: 'custom' | 'express' | 'standard'
}

export interface FakeAccountLink {
  object: 'account_link'
  created: number
  expires_at: number
  url: string
}

export interface FakeEvent<T = unknown> {
  id: string
  object: 'event'
  account?: string
  api_version: string
  created: number
  data: { object: T; previous_attributes?: Record<string, unknown> }
  livemode: false
  pending_webhooks: number
  request: { id: null; idempotency_key: null }
  type: string
}
