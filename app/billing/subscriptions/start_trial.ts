import { DateTime } from 'luxon'
import Subscription from '#kernel/billing/models/subscription'
import { defaultPlan } from '#kernel/billing/plans/plan_service'

/**
 * Starts the current workspace's trial of the default plan, without a card:
 * the trial is the first billing period. Does nothing when no default plan
 * is configured.
 */
export async function startTrial() {
  const plan = await defaultPlan()
  if (!plan) {
    return null
  }
  const now = DateTime.now()
  const trialEndsAt = now.plus({ days: plan.trialDays })
  return Subscription.create({
    planId: plan.id,
    interval: 'month',
    status: 'trialing',
    trialEndsAt,
    currentPeriodStart: now,
    currentPeriodEnd: trialEndsAt,
    cancelAtPeriodEnd: false,
  })
}
