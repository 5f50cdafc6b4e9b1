import { DateTime } from 'luxon'
import Subscription, { type SubscriptionStatus } from '#kernel/billing/models/subscription'
import Tenant from '#kernel/tenancy/models/tenant'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { onceFor } from '#kernel/queue/side_effects'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import { TrialEndingMail } from '#kernel/billing/dunning/mails/billing_mails'
import { mailOwners } from '#kernel/billing/dunning/notify_owners'
import { daysUntil } from '#kernel/billing/subscriptions/days_until'

const UNPAID: SubscriptionStatus[] = ['past_due', 'canceled']

/** Days before the end of a trial when owners are reminded, latest first. */
const TRIAL_REMINDER_DAYS = [1, 7]

function dueWorkspaces(reason: string, query: () => Promise<Subscription[]>) {
  return withPlatform(reason, async () => {
    const rows = await query()
    return rows.map((row) => row.tenantId)
  })
}

/**
 * A trial without a Stripe subscription that has ended becomes past due:
 * the same grace period as a failed payment starts.
 */
async function endTrials(now: DateTime) {
  const tenantIds = await dueWorkspaces('billing schedule: trials that ended', () =>
    Subscription.query()
      .where('status', 'trialing')
      .whereNull('stripe_subscription_id')
      .where('trial_ends_at', '<=', now.toSQL()!)
  )
  for (const tenantId of tenantIds) {
    await withTenant(tenantId, async () => {
      const row = await Subscription.query().forUpdate().firstOrFail()
      if (row.status !== 'trialing' || row.stripeSubscriptionId || !row.trialEndsAt) return
      row.merge({ status: 'past_due', pastDueSince: row.trialEndsAt })
      await row.save()
      await recordAuditEvent({
        action: 'billing.trial.ended',
        subject: { type: 'subscription', id: row.id },
      })
    })
  }
  return tenantIds.length
}

/** Unpaid (past due, or ended) for longer than the grace period: the workspace becomes restricted. */
async function restrictUnpaid(now: DateTime, graceDays: number) {
  const cutoff = now.minus({ days: graceDays })
  const tenantIds = await dueWorkspaces('billing schedule: restrict unpaid workspaces', () =>
    Subscription.query()
      .whereIn('status', UNPAID)
      .whereNull('restricted_at')
      .where('past_due_since', '<=', cutoff.toSQL()!)
  )
  for (const tenantId of tenantIds) {
    await withTenant(tenantId, async () => {
      const row = await Subscription.query().forUpdate().firstOrFail()
      if (
        row.restrictedAt ||
        !UNPAID.includes(row.status) ||
        !row.pastDueSince ||
        row.pastDueSince > cutoff
      ) {
        return
      }
      row.restrictedAt = now
      await row.save()
      await recordAuditEvent({
        action: 'billing.workspace.restricted',
        subject: { type: 'subscription', id: row.id },
        metadata: { pastDueSince: row.pastDueSince.toISO(), graceDays },
      })
    })
  }
  return tenantIds.length
}

/** Reminds owners 7 days and 1 day before their trial ends, each once. */
async function remindTrials(now: DateTime) {
  const tenantIds = await dueWorkspaces('billing schedule: trial reminders', () =>
    Subscription.query()
      .where('status', 'trialing')
      .where('trial_ends_at', '>', now.toSQL()!)
      .where('trial_ends_at', '<=', now.plus({ days: Math.max(...TRIAL_REMINDER_DAYS) }).toSQL()!)
  )
  let sent = 0
  for (const tenantId of tenantIds) {
    await withTenant(tenantId, async () => {
      const row = await Subscription.query().preload('plan').firstOrFail()
      if (row.status !== 'trialing' || !row.trialEndsAt) return
      const daysLeft = daysUntil(row.trialEndsAt)
      const reminder = TRIAL_REMINDER_DAYS.find((days) => daysLeft <= days)
      if (!reminder) return
      const tenant = await Tenant.findOrFail(tenantId)
      const endsOn = row.trialEndsAt.toFormat('d LLLL yyyy')
      const key = `billing:trial-reminder:${tenantId}:${row.trialEndsAt.toMillis()}:${reminder}`
      const done = await onceFor(key, async () => {
        await mailOwners(
          (email) =>
            new TrialEndingMail(tenant, email, { daysLeft, planName: row.plan.name, endsOn })
        )
      })
      if (done) sent++
    })
  }
  return sent
}

/**
 * The billing schedule (every hour): ends trials, restricts workspaces
 * past due beyond the grace period, sends trial reminders. Safe to run
 * any number of times.
 */
export async function runBillingSchedule() {
  const now = DateTime.now()
  const { graceDays } = await billingSettings()
  const trialsEnded = await endTrials(now)
  const restricted = await restrictUnpaid(now, graceDays)
  const reminders = await remindTrials(now)
  return { trialsEnded, restricted, reminders }
}
