import app from '@adonisjs/core/services/app'
import BillingInvoice from '#kernel/billing/models/billing_invoice'
import Subscription from '#kernel/billing/models/subscription'
import { UsageMeter, type UsageMetric } from '#kernel/contracts/usage_meter'
import { publicPlans } from '#kernel/billing/plans/plan_service'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import { unpaidReason } from '#kernel/billing/dunning/billing_restriction'
import { daysUntil } from '#kernel/billing/subscriptions/days_until'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { stripeIsConfigured } from '#kernel/stripe/stripe_client'
import { hasLiveStripeSubscription } from '#kernel/billing/subscriptions/manage_subscription'

export const METRIC_LABELS: Record<UsageMetric, string> = {
  products: 'Products',
  staff_seats: 'Staff seats',
  ai_messages: 'AI messages this period',
  emails: 'Emails this period',
  stream_minutes: 'Live-stream minutes this period',
  storage_mb: 'Storage (MB)',
}

const METRICS = Object.keys(METRIC_LABELS) as UsageMetric[]

/** The current workspace's subscription with its plan, or null (no plan configured). */
export function currentSubscription() {
  return Subscription.query().preload('plan').first()
}

async function usageOf(row: Subscription | null) {
  if (!row) {
    return []
  }
  const meter = app.container.hasBinding(UsageMeter) ? await app.container.make(UsageMeter) : null
  const rows = []
  for (const metric of METRICS) {
    const limit = row.plan.limitFor(metric)
    const state = meter ? await meter.usage(metric) : null
    rows.push({ metric, label: METRIC_LABELS[metric], used: state?.used ?? null, limit })
  }
  return rows
}

/** Everything the Billing page shows about the current workspace. */
export async function billingOverview() {
  const row = await currentSubscription()
  const { graceDays } = await billingSettings()
  const plans = await publicPlans()
  const invoices = await BillingInvoice.query().orderBy('issued_at', 'desc').limit(24)
  return {
    configured: stripeIsConfigured(),
    subscription: row && {
      planId: row.planId,
      planName: row.plan.name,
      status: row.status,
      interval: row.interval,
      trialEndsAt: row.trialEndsAt?.toISO() ?? null,
      trialDaysLeft:
        row.status === 'trialing' && row.trialEndsAt ? daysUntil(row.trialEndsAt) : null,
      currentPeriodStart: row.currentPeriodStart.toISO()!,
      currentPeriodEnd: row.currentPeriodEnd.toISO()!,
      cancelAtPeriodEnd: row.cancelAtPeriodEnd,
      hasStripeSubscription: hasLiveStripeSubscription(row),
      hasStripeCustomer: Boolean(row.stripeCustomerId),
      unpaidReason: unpaidReason(row),
      restrictsOn: row.pastDueSince?.plus({ days: graceDays }).toISO() ?? null,
      restricted: row.restrictedAt !== null,
    },
    usage: await usageOf(row),
    invoices: invoices.map((invoice) => ({
      id: invoice.id,
      number: invoice.number,
      status: invoice.status,
      currency: invoice.currency,
      amountDueMinor: invoice.amountDueMinor,
      amountPaidMinor: invoice.amountPaidMinor,
      hostedInvoiceUrl: invoice.hostedInvoiceUrl,
      invoicePdfUrl: invoice.invoicePdfUrl,
      issuedAt: invoice.issuedAt.toISO()!,
    })),
    plans: plans.map((plan) => ({
      id: plan.id,
      name: plan.name,
      description: plan.description,
      currency: plan.currency,
      monthlyPriceMinor: plan.monthlyPriceMinor,
      yearlyPriceMinor: plan.yearlyPriceMinor,
      limits: METRICS.filter((metric) => plan.limitFor(metric) !== null).map((metric) => ({
        metric,
        label: METRIC_LABELS[metric],
        limit: plan.limitFor(metric)!,
      })),
      modules: plan.modules.map((key) => moduleRegistry.get(key)?.manifest.name ?? key),
    })),
  }
}
