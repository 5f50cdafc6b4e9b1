import { DateTime } from 'luxon'
import env from '#start/env'
import { startStripeServer } from '#tests/support/fakes/stripe_server'
import Plan from '#kernel/billing/models/plan'
import Subscription, { type SubscriptionStatus } from '#kernel/billing/models/subscription'
import { seedStandardPlans, type StandardPlanKey } from '#kernel/billing/plans/standard_plans'
import { withTenant } from '#kernel/tenancy/with_tenant'

/** Starter, Growth (default) and Scale, as a fresh platform has them. */
export function seedPlans() {
  return seedStandardPlans()
}

/**
 * Puts a workspace on a plan (by key): its subscription row, created or
 * changed, with a one-month period starting now.
 */
export async function subscribeTenant(
  tenantId: string,
  planKey: StandardPlanKey | (string & {}),
  status: SubscriptionStatus = 'active'
) {
  const plan = await Plan.findByOrFail('key', planKey)
  return withTenant(tenantId, async () => {
    const now = DateTime.now()
    const subscription = (await Subscription.query().first()) ?? new Subscription()
    subscription.merge({
      planId: plan.id,
      interval: 'month',
      status,
      trialEndsAt: status === 'trialing' ? now.plus({ days: plan.trialDays }) : null,
      currentPeriodStart: now,
      currentPeriodEnd:
        status === 'trialing' ? now.plus({ days: plan.trialDays }) : now.plus({ months: 1 }),
    })
    await subscription.save()
    return subscription
  })
}

const STRIPE_ENV = ['STRIPE_SECRET_KEY', 'STRIPE_API_BASE'] as const

/** The fake Stripe API, with the platform's Stripe keys pointed at it until cleanup. */
export async function platformStripeFake(cleanup: (fn: () => Promise<void> | void) => void) {
  const fake = await startStripeServer()
  const previous = STRIPE_ENV.map((key) => [key, env.get(key)] as const)
  env.set('STRIPE_SECRET_KEY', 'sk_test_platform_billing')
  env.set('STRIPE_API_BASE', fake.url)
  cleanup(async () => {
    for (const [key, value] of previous) env.set(key, value ?? '')
    await fake.close()
  })
  return fake
}
