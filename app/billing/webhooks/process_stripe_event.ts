import type Stripe from 'stripe'
import { DateTime } from 'luxon'
import StripeEvent, { type StripeEventStatus } from '#kernel/billing/models/stripe_event'
import Subscription from '#kernel/billing/models/subscription'
import Tenant from '#kernel/tenancy/models/tenant'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { stripeClient } from '#kernel/stripe/stripe_client'
import { onceFor } from '#kernel/queue/side_effects'
import { applyStripeSubscription } from '#kernel/billing/subscriptions/stripe_subscription_state'
import {
  storeStripeInvoice,
  subscriptionIdOfInvoice,
} from '#kernel/billing/subscriptions/stripe_invoices'
import { planChanged } from '#kernel/billing/subscriptions/plan_changed'
import { notifyPaymentFailed } from '#kernel/billing/dunning/payment_failed'

export const HANDLED_EVENT_TYPES = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.trial_will_end',
  'invoice.paid',
  'invoice.payment_failed',
] as const

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What an event tells about which workspace it concerns. */
interface EventReferences {
  customerId: string | null
  subscriptionId: string | null
  tenantId: string | null
}

function idOf(value: string | { id: string } | null | undefined) {
  return typeof value === 'string' ? value : (value?.id ?? null)
}

function referencesOf(event: Stripe.Event): EventReferences {
  const object = event.data.object as unknown as Record<string, any>
  if (event.type === 'checkout.session.completed') {
    const session = object as Stripe.Checkout.Session
    return {
      customerId: idOf(session.customer),
      subscriptionId: idOf(session.subscription),
      tenantId: session.metadata?.tenant_id ?? session.client_reference_id ?? null,
    }
  }
  if (event.type.startsWith('customer.subscription.')) {
    const subscription = object as Stripe.Subscription
    return {
      customerId: idOf(subscription.customer),
      subscriptionId: subscription.id,
      tenantId: subscription.metadata?.tenant_id ?? null,
    }
  }
  const invoice = object as Stripe.Invoice
  return {
    customerId: idOf(invoice.customer),
    subscriptionId: subscriptionIdOfInvoice(invoice),
    tenantId: invoice.parent?.subscription_details?.metadata?.tenant_id ?? null,
  }
}

/**
 * The workspace an event is about: the one whose subscription or Stripe
 * customer it names. The `tenant_id` metadata the platform sets only
 * counts for a workspace not yet tied to another Stripe customer, so an
 * event about one workspace's customer never reaches another workspace.
 */
function findTenant(references: EventReferences) {
  return withPlatform('billing webhook: find the workspace of a Stripe event', async () => {
    if (references.subscriptionId) {
      const row = await Subscription.query()
        .where('stripe_subscription_id', references.subscriptionId)
        .first()
      if (row) return row.tenantId
    }
    if (references.customerId) {
      const row = await Subscription.query()
        .where('stripe_customer_id', references.customerId)
        .first()
      if (row) return row.tenantId
    }
    if (references.tenantId && UUID.test(references.tenantId)) {
      const tenant = await Tenant.find(references.tenantId)
      const row = tenant ? await Subscription.query().where('tenant_id', tenant.id).first() : null
      if (tenant && (!row?.stripeCustomerId || row.stripeCustomerId === references.customerId)) {
        return tenant.id
      }
    }
    return null
  })
}

type Outcome = { status: StripeEventStatus; note?: string }

/**
 * Applies one stored Stripe event to its workspace. Tolerant of duplicates
 * and of events arriving out of order: a subscription state older than the
 * stored one changes nothing; one from the same second may or may not be
 * the newest, so the subscription is read from Stripe instead.
 */
async function applyEvent(event: Stripe.Event, tenant: Tenant): Promise<Outcome> {
  const eventAt = DateTime.fromSeconds(event.created)
  const row = await Subscription.query().forUpdate().first()
  const stripe = stripeClient()

  const applyFresh = async (subscriptionId: string) => {
    const fresh = await stripe.subscriptions.retrieve(subscriptionId)
    return applySubscription(fresh, eventAt)
  }
  const applySubscription = async (subscription: Stripe.Subscription, stateAt: DateTime) => {
    const target = row ?? new Subscription()
    if (
      target.stripeSubscriptionId &&
      target.stripeSubscriptionId !== subscription.id &&
      target.status !== 'canceled'
    ) {
      return false
    }
    const applied = await applyStripeSubscription(target, subscription, stateAt)
    if (applied.plan && applied.previousPlanId !== applied.plan.id) {
      await planChanged(tenant.id, applied.plan)
    }
    return true
  }

  if (event.type === 'checkout.session.completed') {
    const session = event.data.object as Stripe.Checkout.Session
    const subscriptionId = idOf(session.subscription)
    if (session.mode !== 'subscription' || !subscriptionId) {
      return { status: 'ignored', note: 'Not a subscription checkout.' }
    }
    await applyFresh(subscriptionId)
    const invoiceId = idOf(session.invoice)
    if (invoiceId) {
      await storeStripeInvoice(await stripe.invoices.retrieve(invoiceId))
    }
    return { status: 'processed' }
  }

  if (event.type.startsWith('customer.subscription.')) {
    const subscription = event.data.object as Stripe.Subscription
    if (row?.stripeStateAt && eventAt < row.stripeStateAt) {
      return { status: 'processed', note: 'Older than the stored state: no effect.' }
    }
    const applied =
      row?.stripeStateAt && eventAt.equals(row.stripeStateAt)
        ? await applyFresh(subscription.id)
        : await applySubscription(subscription, eventAt)
    return applied
      ? { status: 'processed' }
      : { status: 'processed', note: 'About another subscription than the current one: no effect.' }
  }

  const invoice = event.data.object as Stripe.Invoice
  await storeStripeInvoice(invoice)
  const subscriptionId = subscriptionIdOfInvoice(invoice)
  if (subscriptionId) {
    await applyFresh(subscriptionId)
  }
  if (event.type === 'invoice.payment_failed' && row?.status === 'past_due') {
    await onceFor(`billing:payment-failed:${invoice.id}:${invoice.attempt_count}`, async () => {
      await notifyPaymentFailed(tenant, row, invoice)
    })
  }
  return { status: 'processed' }
}

async function recordOutcome(eventId: string, outcome: Outcome & { error?: string }) {
  await StripeEvent.query()
    .where('id', eventId)
    .update({
      status: outcome.status,
      error: outcome.error ?? outcome.note ?? null,
      attempts: StripeEvent.query().client.raw('attempts + 1'),
      processed_at: outcome.status === 'failed' ? null : DateTime.now().toSQL(),
    })
}

/**
 * Processes one stored Stripe event (the webhook's job, and the operator
 * console's replay). Finds the workspace under the platform scope, then
 * applies the event in that workspace's scope. Safe to run again: an event
 * applied twice has the effect of one. Throws (after recording the
 * failure) when the event could not be applied, so the job is retried.
 */
export async function processStripeEvent(eventId: string): Promise<StripeEventStatus> {
  const stored = await StripeEvent.find(eventId)
  if (!stored) {
    throw new Error(`No Stripe event ${eventId} is stored`)
  }
  const event = stored.payload as Stripe.Event
  if (!(HANDLED_EVENT_TYPES as readonly string[]).includes(event.type)) {
    await recordOutcome(eventId, { status: 'ignored', note: 'Not an event billing handles.' })
    return 'ignored'
  }
  try {
    const tenantId = await findTenant(referencesOf(event))
    if (!tenantId) {
      await recordOutcome(eventId, { status: 'ignored', note: 'No workspace has this customer.' })
      return 'ignored'
    }
    const outcome = await withTenant(tenantId, async () => {
      const tenant = await Tenant.findOrFail(tenantId)
      return applyEvent(event, tenant)
    })
    await recordOutcome(eventId, outcome)
    return outcome.status
  } catch (error) {
    await recordOutcome(eventId, { status: 'failed', error: String(error) })
    throw error
  }
}
