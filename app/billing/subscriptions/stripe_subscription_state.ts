import type Stripe from 'stripe'
import { DateTime } from 'luxon'
import Plan from '#kernel/billing/models/plan'
import type Subscription from '#kernel/billing/models/subscription'
import type { BillingInterval, SubscriptionStatus } from '#kernel/billing/models/subscription'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Stripe's subscription statuses in the workspace's words. */
const STATUSES: Record<string, SubscriptionStatus> = {
  trialing: 'trialing',
  active: 'active',
  past_due: 'past_due',
  unpaid: 'past_due',
  paused: 'past_due',
  incomplete: 'incomplete',
  incomplete_expired: 'canceled',
  canceled: 'canceled',
}

function idOf(value: string | { id: string } | null | undefined) {
  return typeof value === 'string' ? value : (value?.id ?? null)
}

function fromUnix(seconds: number | null | undefined) {
  return seconds ? DateTime.fromSeconds(seconds) : null
}

/**
 * The plan a Stripe subscription is for: by its price, else the price's
 * product (a plan whose price was replaced since), else the `plan_id`
 * metadata the platform sets.
 */
export async function planOfStripeSubscription(subscription: Stripe.Subscription) {
  const price = subscription.items.data[0]?.price
  if (price) {
    const byPrice = await Plan.query()
      .where('stripe_monthly_price_id', price.id)
      .orWhere('stripe_yearly_price_id', price.id)
      .first()
    if (byPrice) {
      return byPrice
    }
    const productId = idOf(price.product)
    const byProduct = productId
      ? await Plan.query().where('stripe_product_id', productId).first()
      : null
    if (byProduct) {
      return byProduct
    }
  }
  const planId = subscription.metadata?.plan_id
  return planId && UUID.test(planId) ? Plan.find(planId) : null
}

export interface AppliedSubscriptionState {
  previousPlanId: string
  plan: Plan | null
}

/**
 * Copies Stripe's state of the subscription onto the workspace's row:
 * plan, interval, status, trial, period and scheduled cancellation. A
 * paying state ends dunning at once; a past-due or ended one starts the
 * grace period.
 * `stateAt` is when Stripe produced the state (null when it only confirms
 * the stored one): the row keeps the newest.
 */
export async function applyStripeSubscription(
  row: Subscription,
  subscription: Stripe.Subscription,
  stateAt: DateTime | null
): Promise<AppliedSubscriptionState> {
  const previousPlanId = row.planId
  const plan = await planOfStripeSubscription(subscription)
  const item = subscription.items.data[0]
  const legacy = subscription as unknown as {
    current_period_start?: number
    current_period_end?: number
  }
  const status = STATUSES[subscription.status] ?? 'incomplete'

  row.stripeSubscriptionId = subscription.id
  row.stripeCustomerId = idOf(subscription.customer)
  if (plan) {
    row.planId = plan.id
  }
  const interval: string | undefined = item?.price.recurring?.interval
  if (interval === 'month' || interval === 'year') {
    row.interval = interval as BillingInterval
  }
  row.status = status
  row.trialEndsAt = status === 'trialing' ? fromUnix(subscription.trial_end) : null
  const periodStart = fromUnix(item?.current_period_start ?? legacy.current_period_start)
  const periodEnd = fromUnix(item?.current_period_end ?? legacy.current_period_end)
  if (periodStart && periodEnd) {
    row.currentPeriodStart = periodStart
    row.currentPeriodEnd = periodEnd
  }
  row.cancelAtPeriodEnd =
    status !== 'canceled' && (subscription.cancel_at_period_end || subscription.cancel_at !== null)

  if (status === 'past_due' || status === 'canceled') {
    row.pastDueSince ??= DateTime.now()
  } else if (status === 'active' || status === 'trialing') {
    row.pastDueSince = null
    row.restrictedAt = null
  }
  if (stateAt && (!row.stripeStateAt || stateAt > row.stripeStateAt)) {
    row.stripeStateAt = stateAt
  }
  await row.save()
  return { previousPlanId, plan }
}
