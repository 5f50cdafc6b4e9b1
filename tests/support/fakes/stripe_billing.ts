import {
  addInterval,
  formatAmount,
  list,
  newId,
  newSubscription,
  newSubscriptionItem,
  unixNow,
} from './stripe_objects.js'
import type { StripeStore } from './stripe_store.js'
import type {
  FakeInvoice,
  FakeInvoiceLine,
  FakeLineItem,
  FakeSubscription,
  FakeSubscriptionItem,
  Metadata,
} from './stripe_types.js'

const DAY = 24 * 60 * 60

/** A subscription to the recurring line items of a completed Checkout Session. */
export function startSubscription(
  store: StripeStore,
  fields: {
    customer: string
    lineItems: FakeLineItem[]
    metadata: Metadata
    trialPeriodDays: number | null
    account: string | undefined
  }
) {
  const recurringItems = fields.lineItems.filter((item) => item.price.recurring)
  const now = unixNow()
  const trialEnd = fields.trialPeriodDays ? now + fields.trialPeriodDays * DAY : null
  const subscription = newSubscription({
    customer: fields.customer,
    currency: recurringItems[0].currency,
    periodEnd: trialEnd ?? addInterval(now, recurringItems[0].price.recurring!),
    metadata: fields.metadata,
    trialEnd,
  })
  subscription.items.data = recurringItems.map((item) =>
    newSubscriptionItem(subscription, item.price, item.quantity)
  )
  return store.save(store.subscriptions, subscription, fields.account)
}

/** Moves the subscription and its items to a new billing period. */
export function setPeriod(subscription: FakeSubscription, start: number) {
  const end = addInterval(start, subscription.items.data[0].price.recurring!)
  subscription.current_period_start = start
  subscription.current_period_end = end
  for (const item of subscription.items.data) {
    item.current_period_start = start
    item.current_period_end = end
  }
  if (subscription.cancel_at_period_end) {
    subscription.cancel_at = end
  }
}

export function cancelSubscription(subscription: FakeSubscription, at = unixNow()) {
  subscription.status = 'canceled'
  subscription.canceled_at = subscription.canceled_at ?? at
  subscription.ended_at = at
  subscription.cancel_at = null
}

/** A finalized (open) invoice for the subscription's current period. */
export function issueInvoice(
  store: StripeStore,
  subscription: FakeSubscription,
  billingReason: FakeInvoice['billing_reason']
) {
  const id = newId('in')
  const now = unixNow()
  const customer = store.customers.get(subscription.customer)
  const previous = subscription.latest_invoice
    ? store.invoices.get(subscription.latest_invoice)
    : undefined
  const lines = subscription.items.data.map((item) => invoiceLine(store, id, subscription, item))
  const total = lines.reduce((sum, line) => sum + line.amount, 0)
  // Stripe's invoice period looks back: usage collected before this invoice, not the service period.
  const periodEnd = subscription.current_period_start
  const periodStart =
    billingReason === 'subscription_create'
      ? periodEnd
      : (previous?.lines.data[0]?.period.start ?? periodEnd)
  const invoice: FakeInvoice = {
    id,
    object: 'invoice',
    amount_due: total,
    amount_paid: 0,
    amount_remaining: total,
    attempt_count: 0,
    attempted: false,
    billing_reason: billingReason,
    collection_method: 'charge_automatically',
    created: now,
    currency: subscription.currency,
    customer: subscription.customer,
    customer_email: customer?.email ?? null,
    hosted_invoice_url: `${store.baseUrl}/invoices/${id}`,
    invoice_pdf: `${store.baseUrl}/invoices/${id}/pdf`,
    lines: list(lines, `/v1/invoices/${id}/lines`),
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    number: store.nextInvoiceNumber(customer),
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: {
        metadata: structuredClone(subscription.metadata),
        subscription: subscription.id,
      },
    },
    period_end: periodEnd,
    period_start: periodStart,
    status: 'open',
    status_transitions: {
      finalized_at: now,
      marked_uncollectible_at: null,
      paid_at: null,
      voided_at: null,
    },
    subtotal: total,
    total,
  }
  subscription.latest_invoice = id
  return store.save(store.invoices, invoice, store.ownerOf(subscription.id))
}

export function payInvoice(invoice: FakeInvoice) {
  if (invoice.amount_due > 0) {
    invoice.attempted = true
    invoice.attempt_count++
  }
  invoice.amount_paid = invoice.amount_due
  invoice.amount_remaining = 0
  invoice.next_payment_attempt = null
  invoice.status = 'paid'
  invoice.status_transitions.paid_at = unixNow()
}

export function failInvoicePayment(invoice: FakeInvoice) {
  invoice.attempted = true
  invoice.attempt_count++
  invoice.next_payment_attempt = unixNow() + 3 * DAY
}

function invoiceLine(
  store: StripeStore,
  invoiceId: string,
  subscription: FakeSubscription,
  item: FakeSubscriptionItem
): FakeInvoiceLine {
  const price = item.price
  const trialing = subscription.status === 'trialing'
  const productName = store.products.get(price.product)?.name ?? price.product
  const terms = trialing
    ? 'Trial period'
    : `at ${formatAmount(price.unit_amount, price.currency)} / ${price.recurring!.interval}`
  return {
    id: newId('il'),
    object: 'line_item',
    amount: trialing ? 0 : price.unit_amount * item.quantity,
    currency: price.currency,
    description: `${item.quantity} × ${productName} (${terms})`,
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: {
      type: 'subscription_item_details',
      subscription_item_details: {
        invoice_item: null,
        proration: false,
        subscription: subscription.id,
        subscription_item: item.id,
      },
    },
    period: { start: item.current_period_start, end: item.current_period_end },
    pricing: {
      type: 'price_details',
      price_details: { price: price.id, product: price.product },
      unit_amount_decimal: price.unit_amount_decimal,
    },
    quantity: item.quantity,
  }
}
