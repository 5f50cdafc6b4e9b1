import { cancelSubscription, setPeriod } from './stripe_billing.js'
import { newSubscriptionItem, unixNow } from './stripe_objects.js'
import { invalidRequest, resourceMissing, type ParamReader } from './stripe_params.js'
import { PAGINATION_PARAMS, paginate, route, type StripeCall } from './stripe_router.js'
import type { FakeSubscription, FakeSubscriptionItem } from './stripe_types.js'

const SUBSCRIPTION_UPDATE_PARAMS = [
  'add_invoice_items',
  'application_fee_percent',
  'automatic_tax',
  'billing_cycle_anchor',
  'billing_schedules',
  'billing_thresholds',
  'cancel_at',
  'cancel_at_period_end',
  'cancellation_details',
  'collection_method',
  'days_until_due',
  'default_payment_method',
  'default_source',
  'default_tax_rates',
  'description',
  'discounts',
  'invoice_settings',
  'items',
  'metadata',
  'off_session',
  'on_behalf_of',
  'pause_collection',
  'payment_behavior',
  'payment_settings',
  'pending_invoice_item_interval',
  'proration_behavior',
  'proration_date',
  'transfer_data',
  'trial_end',
  'trial_from_plan',
  'trial_settings',
]

const SUBSCRIPTION_ITEM_PARAMS = [
  'billing_thresholds',
  'clear_usage',
  'deleted',
  'discounts',
  'id',
  'metadata',
  'price',
  'price_data',
  'quantity',
  'tax_rates',
]

const SUBSCRIPTION_STATUSES = [
  'active',
  'all',
  'canceled',
  'ended',
  'incomplete',
  'incomplete_expired',
  'past_due',
  'paused',
  'trialing',
  'unpaid',
] as const

export const billingRoutes = [
  route('GET', '/v1/subscriptions', ({ params, store, account }) => {
    params.onlyKnown([...PAGINATION_PARAMS, 'customer', 'price', 'status', 'created'])
    const customer = params.string('customer')
    const price = params.string('price')
    const status = params.oneOf('status', SUBSCRIPTION_STATUSES)
    const subscriptions = store
      .visible(store.subscriptions, account)
      .filter(
        (subscription) =>
          (!customer || subscription.customer === customer) &&
          (!price || subscription.items.data.some((item) => item.price.id === price)) &&
          (status === 'all' ||
            (status === 'ended' && subscription.status === 'canceled') ||
            (status ? subscription.status === status : subscription.status !== 'canceled'))
      )
    return paginate(subscriptions, params, '/v1/subscriptions')
  }),
  route('GET', '/v1/subscriptions/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.subscriptions, 'subscription', path.id, account)
  }),
  route('POST', '/v1/subscriptions/:id', updateSubscription),
  route('DELETE', '/v1/subscriptions/:id', ({ params, path, store, account }) => {
    params.onlyKnown(['cancellation_details', 'invoice_now', 'prorate'])
    const subscription = store.retrieve(store.subscriptions, 'subscription', path.id, account)
    if (subscription.status === 'canceled') {
      throw invalidRequest(`This subscription (${subscription.id}) has already been canceled.`)
    }
    applyCancellationDetails(subscription, params)
    subscription.cancellation_details.reason = 'cancellation_requested'
    cancelSubscription(subscription)
    return subscription
  }),

  route('GET', '/v1/invoices', ({ params, store, account }) => {
    params.onlyKnown([
      ...PAGINATION_PARAMS,
      'collection_method',
      'created',
      'customer',
      'due_date',
      'status',
      'subscription',
    ])
    const customer = params.string('customer')
    const subscription = params.string('subscription')
    const status = params.oneOf('status', ['draft', 'open', 'paid', 'uncollectible', 'void'])
    const invoices = store
      .visible(store.invoices, account)
      .filter(
        (invoice) =>
          (!customer || invoice.customer === customer) &&
          (!subscription || invoice.parent.subscription_details.subscription === subscription) &&
          (!status || invoice.status === status)
      )
    return paginate(invoices, params, '/v1/invoices')
  }),
  route('GET', '/v1/invoices/:id', ({ params, path, store, account }) => {
    params.onlyKnown([])
    return store.retrieve(store.invoices, 'invoice', path.id, account)
  }),
]

function updateSubscription(call: StripeCall) {
  const { params, path, store, account } = call
  params.onlyKnown(SUBSCRIPTION_UPDATE_PARAMS)
  const subscription = store.retrieve(store.subscriptions, 'subscription', path.id, account)
  const changed = Object.keys(params.values).filter((key) => key !== 'expand')
  if (
    subscription.status === 'canceled' &&
    changed.some((key) => key !== 'metadata' && key !== 'cancellation_details')
  ) {
    throw invalidRequest(
      'A canceled subscription can only update its cancellation_details and metadata.'
    )
  }
  params.oneOf('proration_behavior', ['always_invoice', 'create_prorations', 'none'])
  params.integer('proration_date')
  const items = params.has('items') ? updatedItems(subscription, call) : undefined
  const cancelAtPeriodEnd = params.boolean('cancel_at_period_end')
  const cancelAt = readCancelAt(subscription, params)
  const trialEnd = params.string('trial_end') === 'now' ? 'now' : params.integer('trial_end')
  const pauseCollection =
    params.values.pause_collection === '' ? null : params.child('pause_collection')?.values
  const description = params.nullableString('description')
  const defaultPaymentMethod = params.nullableString('default_payment_method')
  const metadata = params.metadata(subscription.metadata)

  if (items) {
    const intervalChanged =
      items[0].price.recurring!.interval !== subscription.items.data[0].price.recurring!.interval
    subscription.items.data = items
    if (intervalChanged) {
      subscription.billing_cycle_anchor = unixNow()
      setPeriod(subscription, unixNow())
    }
  }
  if (cancelAtPeriodEnd !== undefined) {
    subscription.cancel_at_period_end = cancelAtPeriodEnd
    scheduleCancellation(subscription, cancelAtPeriodEnd ? subscription.current_period_end : null)
  }
  if (cancelAt !== undefined) {
    scheduleCancellation(subscription, cancelAt)
  }
  if (trialEnd !== undefined) {
    applyTrialEnd(subscription, trialEnd)
  }
  if (pauseCollection !== undefined) {
    subscription.pause_collection = pauseCollection
  }
  if (description !== undefined) {
    subscription.description = description
  }
  if (defaultPaymentMethod !== undefined) {
    subscription.default_payment_method = defaultPaymentMethod
  }
  applyCancellationDetails(subscription, params)
  subscription.metadata = metadata
  return subscription
}

/**
 * The subscription's items after the `items` parameter: entries with an `id`
 * change (or delete) that item, entries without one add an item, as in Stripe.
 */
function updatedItems(subscription: FakeSubscription, { params, store, account }: StripeCall) {
  const items = structuredClone(subscription.items.data)
  for (const entry of params.list('items')) {
    entry.onlyKnown(SUBSCRIPTION_ITEM_PARAMS)
    const id = entry.string('id')
    const index = id ? items.findIndex((item) => item.id === id) : -1
    if (id && index === -1) {
      throw resourceMissing('subscription_item', id, entry.name('id'))
    }
    if (entry.boolean('deleted')) {
      if (!id) {
        throw entry.missing('id')
      }
      items.splice(index, 1)
      continue
    }
    const priceId = entry.string('price')
    const price = priceId
      ? store.reference(store.prices, 'price', priceId, account, entry.name('price'))
      : undefined
    if (price && !price.active) {
      throw entry.invalid(
        'price',
        'The price specified is inactive. This field only accepts active prices.'
      )
    }
    if (price && !price.recurring) {
      throw entry.invalid(
        'price',
        'The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.'
      )
    }
    const quantity = entry.integer('quantity')
    const item: FakeSubscriptionItem | undefined = items[index]
    if (item) {
      item.price = price ? structuredClone(price) : item.price
      item.quantity = quantity ?? item.quantity
      item.metadata = entry.metadata(item.metadata)
    } else if (price) {
      items.push(newSubscriptionItem(subscription, price, quantity ?? 1))
    } else {
      throw entry.missing('price')
    }
  }
  checkItemsCompatible(items)
  return items
}

function checkItemsCompatible(items: FakeSubscriptionItem[]) {
  if (items.length === 0) {
    throw invalidRequest('A subscription must have at least one item.', { param: 'items' })
  }
  const priceIds = items.map((item) => item.price.id)
  const duplicate = priceIds.find((id, index) => priceIds.indexOf(id) !== index)
  if (duplicate) {
    throw invalidRequest(
      `Cannot add multiple subscription items with the same price: ${duplicate}`,
      {
        param: 'items',
      }
    )
  }
  for (const field of ['currency', 'interval'] as const) {
    const values = new Set(
      items.map((item) =>
        field === 'currency' ? item.price.currency : item.price.recurring!.interval
      )
    )
    if (values.size > 1) {
      throw invalidRequest(
        `Currency and interval fields must match across all plans on this subscription. Found mismatch in ${field} field.`,
        { param: 'items' }
      )
    }
  }
}

function readCancelAt(subscription: FakeSubscription, params: ParamReader) {
  const value = params.string('cancel_at')
  if (value === '') {
    return null
  }
  if (value === 'min_period_end' || value === 'max_period_end') {
    return subscription.current_period_end
  }
  return params.integer('cancel_at')
}

/** `at` null withdraws a scheduled cancellation. */
function scheduleCancellation(subscription: FakeSubscription, at: number | null) {
  subscription.cancel_at = at
  subscription.canceled_at = at === null ? null : unixNow()
  subscription.cancellation_details.reason = at === null ? null : 'cancellation_requested'
}

function applyTrialEnd(subscription: FakeSubscription, trialEnd: number | 'now') {
  const now = unixNow()
  if (trialEnd === 'now' || trialEnd <= now) {
    if (subscription.status === 'trialing') {
      subscription.status = 'active'
      subscription.trial_end = now
      subscription.billing_cycle_anchor = now
      setPeriod(subscription, now)
    }
    return
  }
  subscription.status = 'trialing'
  subscription.trial_start = subscription.trial_start ?? now
  subscription.trial_end = trialEnd
  subscription.current_period_end = trialEnd
  for (const item of subscription.items.data) {
    item.current_period_end = trialEnd
  }
}

function applyCancellationDetails(subscription: FakeSubscription, params: ParamReader) {
  const details = params.child('cancellation_details')
  if (!details) {
    return
  }
  const comment = details.nullableString('comment')
  const feedback = details.nullableString('feedback')
  subscription.cancellation_details = {
    comment: comment === undefined ? subscription.cancellation_details.comment : comment,
    feedback: feedback === undefined ? subscription.cancellation_details.feedback : feedback,
    reason: subscription.cancellation_details.reason,
  }
}
