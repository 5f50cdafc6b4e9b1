import { DateTime } from 'luxon'
import Plan from '#kernel/billing/models/plan'
import Subscription, {
  type BillingInterval,
  type SubscriptionStatus,
} from '#kernel/billing/models/subscription'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeUser } from '#tests/support/factories'

export async function makeOperator(overrides: { name?: string; email?: string } = {}) {
  const user = await makeUser({ name: overrides.name ?? 'Sam Operator', email: overrides.email })
  user.platformRole = 'operator'
  await user.save()
  return user
}

export async function makePlan(
  overrides: Partial<{
    key: string
    name: string
    currency: string
    monthlyPriceMinor: number
    yearlyPriceMinor: number
    modules: string[]
    isDefault: boolean
    sortOrder: number
  }> = {}
) {
  const name = overrides.name ?? 'Growth'
  return Plan.create({
    key: overrides.key ?? name.toLowerCase(),
    name,
    description: '',
    currency: overrides.currency ?? 'EUR',
    monthlyPriceMinor: overrides.monthlyPriceMinor ?? 4900,
    yearlyPriceMinor: overrides.yearlyPriceMinor ?? 49000,
    trialDays: 14,
    modules: overrides.modules ?? [],
    limits: {},
    isPublic: true,
    isDefault: overrides.isDefault ?? false,
    sortOrder: overrides.sortOrder ?? 0,
  })
}

/** Puts a workspace on `plan` in the given state (replacing its subscription). */
export async function subscribe(
  tenantId: string,
  plan: Plan,
  status: SubscriptionStatus,
  options: { interval?: BillingInterval; restricted?: boolean } = {}
) {
  return withTenant(tenantId, async () => {
    await Subscription.query().delete()
    const now = DateTime.now()
    return Subscription.create({
      planId: plan.id,
      interval: options.interval ?? 'month',
      status,
      trialEndsAt: status === 'trialing' ? now.plus({ days: 14 }) : null,
      currentPeriodStart: now,
      currentPeriodEnd: now.plus({ months: 1 }),
      cancelAtPeriodEnd: false,
      pastDueSince: status === 'past_due' ? now : null,
      restrictedAt: options.restricted ? now : null,
    })
  })
}
