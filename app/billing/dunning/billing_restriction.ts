import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import Subscription from '#kernel/billing/models/subscription'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import { daysUntil } from '#kernel/billing/subscriptions/days_until'

/** Why a workspace is in its grace period. */
export type UnpaidReason = 'payment_failed' | 'trial_ended' | 'canceled'

export type BillingBanner =
  | { kind: 'trial'; daysLeft: number; billingUrl: string }
  | { kind: 'past_due'; reason: UnpaidReason; restrictsOn: string; billingUrl: string }
  | { kind: 'restricted'; billingUrl: string }

export function unpaidReason(row: Subscription): UnpaidReason | null {
  if (!row.pastDueSince) return null
  if (row.status === 'canceled') return 'canceled'
  if (row.status !== 'past_due') return null
  return row.stripeSubscriptionId ? 'payment_failed' : 'trial_ended'
}

const rows = new WeakMap<HttpContext, Promise<Subscription | null>>()

/** The workspace's subscription row, read once per request. */
function subscriptionOf(ctx: HttpContext) {
  let row = rows.get(ctx)
  if (!row) {
    row = Subscription.query().first()
    rows.set(ctx, row)
  }
  return row
}

export const RESTRICTED_MESSAGE =
  'This workspace is read-only until its subscription is paid. Update the payment method on the Billing page; nothing has been deleted.'

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Back office of a restricted workspace (unpaid past the grace period):
 * pages still open, but nothing changes except on the Billing page. Runs
 * in the workspace's scope, after the member is known.
 */
export async function refuseWritesWhileRestricted(ctx: HttpContext, next: NextFn) {
  if (READ_METHODS.has(ctx.request.method()) || ctx.route?.name?.startsWith('billing.')) {
    return next()
  }
  const row = await subscriptionOf(ctx)
  if (!row?.restrictedAt) {
    return next()
  }
  const wantsJson =
    ctx.request.accepts(['html', 'json']) === 'json' && !ctx.request.header('x-inertia')
  if (wantsJson) {
    return ctx.response.status(402).send({ message: RESTRICTED_MESSAGE })
  }
  ctx.session.flash('error', RESTRICTED_MESSAGE)
  return ctx.response.redirect(`/app/${ctx.tenant!.slug}/settings/billing`)
}

/** The billing notice the back office shows on every page, if any. */
export async function billingBanner(ctx: HttpContext): Promise<BillingBanner | null> {
  const row = await subscriptionOf(ctx)
  const billingUrl = `/app/${ctx.tenant!.slug}/settings/billing`
  if (!row) {
    return null
  }
  if (row.restrictedAt) {
    return { kind: 'restricted', billingUrl }
  }
  const reason = unpaidReason(row)
  if (reason) {
    const { graceDays } = await billingSettings()
    return {
      kind: 'past_due',
      reason,
      restrictsOn: row.pastDueSince!.plus({ days: graceDays }).toISO()!,
      billingUrl,
    }
  }
  if (row.status === 'trialing' && row.trialEndsAt && !row.stripeSubscriptionId) {
    const daysLeft = daysUntil(row.trialEndsAt)
    return daysLeft <= 7 ? { kind: 'trial', daysLeft, billingUrl } : null
  }
  return null
}

/** Whether the current workspace's storefront shows the maintenance page instead of the shop. */
export async function storefrontClosedForBilling() {
  const row = await Subscription.query().whereNotNull('restricted_at').first()
  if (!row) {
    return false
  }
  const { restrictedStorefront } = await billingSettings()
  return restrictedStorefront === 'maintenance'
}
