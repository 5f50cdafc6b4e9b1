import {
  cancelSubscription,
  failInvoicePayment,
  issueInvoice,
  payInvoice,
  setPeriod,
  startSubscription,
} from './stripe_billing.js'
import { newCustomer, newPaymentIntent } from './stripe_objects.js'
import { chargePaymentIntent, SUCCEEDING_PAYMENT_METHOD } from './stripe_payments.js'
import type { StripeStore } from './stripe_store.js'
import type { FakeAccount, FakeCheckoutSession, Metadata } from './stripe_types.js'

/**
 * What happens at Stripe outside the API: a buyer paying, a billing period
 * ending, a card failing, an account finishing onboarding. Each changes the
 * stored objects and returns the event Stripe would send about it.
 */

export type SubscriptionEventType =
  | 'customer.subscription.created'
  | 'customer.subscription.updated'
  | 'customer.subscription.deleted'
  | 'customer.subscription.trial_will_end'

export type InvoiceEventType = 'invoice.paid' | 'invoice.payment_failed'

export type AccountStatus = Partial<
  Pick<FakeAccount, 'charges_enabled' | 'details_submitted' | 'payouts_enabled'>
>

const STATUSES_A_PAYMENT_REVIVES = ['incomplete', 'past_due', 'unpaid']

export function completeCheckout(store: StripeStore, sessionId: string) {
  const session = store.checkoutSessions.get(sessionId)
  if (!session) {
    throw new Error(`The fake Stripe server has no Checkout Session ${sessionId}`)
  }
  if (session.status !== 'open') {
    throw new Error(`Checkout Session ${sessionId} is ${session.status}, not open`)
  }
  const account = store.ownerOf(sessionId)
  const details = store.checkoutDetails.get(sessionId)!
  const existing = session.customer ? store.customers.get(session.customer) : undefined
  const email = session.customer_email ?? existing?.email ?? 'buyer@example.com'
  if (
    !session.customer &&
    (session.mode === 'subscription' || session.customer_creation === 'always')
  ) {
    const customer = newCustomer()
    customer.email = email
    session.customer = store.save(store.customers, customer, account).id
  }
  session.customer_details = {
    address: null,
    email,
    name: existing?.name ?? null,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  }
  if (session.mode === 'payment') {
    session.payment_intent = chargeCard(store, session, details.paymentIntentMetadata, account)
    session.payment_status = 'paid'
  } else {
    const subscription = startSubscription(store, {
      customer: session.customer!,
      lineItems: details.lineItems,
      metadata: details.subscriptionMetadata,
      trialPeriodDays: details.trialPeriodDays,
      account,
    })
    const invoice = issueInvoice(store, subscription, 'subscription_create')
    payInvoice(invoice)
    session.subscription = subscription.id
    session.invoice = invoice.id
    session.payment_status = invoice.amount_due === 0 ? 'no_payment_required' : 'paid'
  }
  session.status = 'complete'
  session.url = null
  return store.emit('checkout.session.completed', session)
}

/** `customer.subscription.deleted` also ends the subscription if it is still live. */
export function subscriptionEvent(
  store: StripeStore,
  subscriptionId: string,
  type: SubscriptionEventType
) {
  const subscription = findSubscription(store, subscriptionId)
  if (type === 'customer.subscription.deleted' && subscription.status !== 'canceled') {
    cancelSubscription(subscription)
  }
  return store.emit(type, subscription)
}

/**
 * A payment attempt on the invoice for the subscription's current period:
 * the latest invoice if it covers that period, else a new renewal invoice.
 * A failure makes the subscription past_due; a payment makes it active again.
 */
export function invoiceEvent(store: StripeStore, subscriptionId: string, type: InvoiceEventType) {
  const subscription = findSubscription(store, subscriptionId)
  const latest = subscription.latest_invoice
    ? store.invoices.get(subscription.latest_invoice)
    : undefined
  const coversCurrentPeriod =
    latest?.lines.data[0]?.period.start === subscription.current_period_start
  const invoice =
    latest && coversCurrentPeriod ? latest : issueInvoice(store, subscription, 'subscription_cycle')
  if (type === 'invoice.paid') {
    if (invoice.status !== 'paid') {
      payInvoice(invoice)
    }
    if (STATUSES_A_PAYMENT_REVIVES.includes(subscription.status)) {
      subscription.status = 'active'
    }
  } else {
    if (invoice.status === 'paid') {
      throw new Error(
        `Invoice ${invoice.id} for the current period of ${subscriptionId} is paid: advance the period first`
      )
    }
    failInvoicePayment(invoice)
    if (subscription.status !== 'canceled') {
      subscription.status = 'past_due'
    }
  }
  return store.emit(type, invoice)
}

/**
 * Starts the next billing period (ending a trial), or ends the subscription
 * if it was set to cancel by then. Renewal invoices come from `invoiceEvent`.
 */
export function advanceSubscriptionPeriod(store: StripeStore, subscriptionId: string) {
  const subscription = findSubscription(store, subscriptionId)
  if (subscription.status === 'canceled') {
    throw new Error(`Subscription ${subscriptionId} is canceled`)
  }
  const periodEnd = subscription.current_period_end
  if (subscription.cancel_at !== null && subscription.cancel_at <= periodEnd) {
    cancelSubscription(subscription, subscription.cancel_at)
    return store.emit('customer.subscription.deleted', subscription)
  }
  if (subscription.status === 'trialing') {
    subscription.status = 'active'
  }
  setPeriod(subscription, periodEnd)
  return store.emit('customer.subscription.updated', subscription)
}

export function setAccountStatus(store: StripeStore, accountId: string, status: AccountStatus) {
  const account = store.accounts.get(accountId)
  if (!account) {
    throw new Error(`The fake Stripe server has no account ${accountId}`)
  }
  Object.assign(account, status)
  const due = account.charges_enabled
    ? []
    : ['business_type', 'external_account', 'tos_acceptance.date']
  account.requirements = {
    ...account.requirements,
    currently_due: due,
    eventually_due: due,
    past_due: due,
    disabled_reason: account.charges_enabled ? null : 'requirements.past_due',
  }
  for (const capability of Object.keys(account.capabilities)) {
    account.capabilities[capability] = account.charges_enabled ? 'active' : 'inactive'
  }
  return store.emit('account.updated', account, account.id)
}

function findSubscription(store: StripeStore, subscriptionId: string) {
  const subscription = store.subscriptions.get(subscriptionId)
  if (!subscription) {
    throw new Error(`The fake Stripe server has no subscription ${subscriptionId}`)
  }
  return subscription
}

/** A succeeded PaymentIntent (and its charge) for the session's total; returns its id. */
function chargeCard(
  store: StripeStore,
  session: FakeCheckoutSession,
  metadata: Metadata,
  account: string | undefined
) {
  const paymentIntent = newPaymentIntent({
    amount: session.amount_total,
    currency: session.currency,
    customer: session.customer,
    metadata,
    paymentMethod: SUCCEEDING_PAYMENT_METHOD,
  })
  store.save(store.paymentIntents, paymentIntent, account)
  return chargePaymentIntent(store, paymentIntent, account).id
}
