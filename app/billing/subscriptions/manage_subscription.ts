import Stripe from 'stripe'
import type Plan from '#kernel/billing/models/plan'
import type Subscription from '#kernel/billing/models/subscription'
import type { BillingInterval } from '#kernel/billing/models/subscription'
import type Tenant from '#kernel/tenancy/models/tenant'
import { ActionRefused } from '#exceptions/action_refused'
import { stripeClient } from '#kernel/stripe/stripe_client'
import { planNeedsStripeSync, syncPlanToStripe } from '#kernel/billing/plans/plan_service'
import { applyStripeSubscription } from '#kernel/billing/subscriptions/stripe_subscription_state'
import { planChanged } from '#kernel/billing/subscriptions/plan_changed'

export class BillingRefused extends ActionRefused {}

/** Stripe's refusals reach the member as a message; anything else is a real error. */
async function callStripe<T>(what: string, call: () => Promise<T>) {
  try {
    return await call()
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError && error.type !== 'StripeConnectionError') {
      throw new BillingRefused(`Stripe refused to ${what}: ${error.message}`)
    }
    throw error
  }
}

/** A subscription Stripe still bills (or will bill again): changed in place, not replaced. */
export function hasLiveStripeSubscription(row: Subscription | null) {
  return Boolean(row?.stripeSubscriptionId) && row!.status !== 'canceled'
}

async function priceOf(plan: Plan, interval: BillingInterval) {
  if (planNeedsStripeSync(plan)) {
    await syncPlanToStripe(plan)
  }
  const price = interval === 'year' ? plan.stripeYearlyPriceId : plan.stripeMonthlyPriceId
  if (!price) {
    throw new BillingRefused(`The ${plan.name} plan cannot be bought yet.`)
  }
  return price
}

/** The workspace's Stripe customer, created once (tagged with the workspace id). */
async function stripeCustomerOf(tenant: Tenant, row: Subscription | null, email: string) {
  if (row?.stripeCustomerId) {
    return row.stripeCustomerId
  }
  const customer = await callStripe('create the customer', () =>
    stripeClient().customers.create(
      { name: tenant.name, email, metadata: { tenant_id: tenant.id } },
      { idempotencyKey: `tenant:${tenant.id}:customer` }
    )
  )
  if (row) {
    row.stripeCustomerId = customer.id
    await row.save()
  }
  return customer.id
}

/**
 * A Stripe Checkout Session (subscription mode) for `plan`; returns the
 * URL to send the member to. The subscription reaches the workspace
 * through the `checkout.session.completed` webhook.
 */
export async function startCheckout(input: {
  tenant: Tenant
  row: Subscription | null
  plan: Plan
  interval: BillingInterval
  email: string
  returnUrl: string
}) {
  const { tenant, row, plan, interval } = input
  const price = await priceOf(plan, interval)
  const customer = await stripeCustomerOf(tenant, row, input.email)
  const metadata = { tenant_id: tenant.id, plan_id: plan.id }
  const version = row ? row.updatedAt.toMillis() : 'none'
  const session = await callStripe('start the checkout', () =>
    stripeClient().checkout.sessions.create(
      {
        mode: 'subscription',
        customer,
        client_reference_id: tenant.id,
        line_items: [{ price, quantity: 1 }],
        metadata,
        subscription_data: { metadata },
        success_url: `${input.returnUrl}?checkout=success`,
        cancel_url: `${input.returnUrl}?checkout=canceled`,
      },
      { idempotencyKey: `tenant:${tenant.id}:checkout:${price}:v${version}` }
    )
  )
  return session.url!
}

/**
 * Moves the workspace's Stripe subscription to `plan` in place; Stripe
 * prorates the rest of the period.
 */
export async function changeSubscriptionPlan(
  tenant: Tenant,
  row: Subscription,
  plan: Plan,
  interval: BillingInterval
) {
  const price = await priceOf(plan, interval)
  const stripe = stripeClient()
  const current = await callStripe('read the subscription', () =>
    stripe.subscriptions.retrieve(row.stripeSubscriptionId!)
  )
  const item = current.items.data[0]
  if (item?.price.id === price) {
    throw new BillingRefused(`The workspace is already on the ${plan.name} plan.`)
  }
  const updated = await callStripe('change the plan', () =>
    stripe.subscriptions.update(
      current.id,
      {
        items: [{ id: item.id, price }],
        proration_behavior: 'create_prorations',
        metadata: { tenant_id: tenant.id, plan_id: plan.id },
      },
      { idempotencyKey: `subscription:${current.id}:price:${price}:v${row.updatedAt.toMillis()}` }
    )
  )
  await applyFromStripe(tenant, row, updated)
}

/** Schedules the cancellation at the end of the period (`cancel`), or withdraws it. */
export async function setCancelAtPeriodEnd(tenant: Tenant, row: Subscription, cancel: boolean) {
  const updated = await callStripe(
    cancel ? 'cancel the subscription' : 'resume the subscription',
    () =>
      stripeClient().subscriptions.update(
        row.stripeSubscriptionId!,
        { cancel_at_period_end: cancel },
        {
          idempotencyKey: `subscription:${row.stripeSubscriptionId}:cancel_at_period_end:${cancel}:v${row.updatedAt.toMillis()}`,
        }
      )
  )
  await applyFromStripe(tenant, row, updated)
}

/** A Stripe Billing Portal session (payment methods, invoices); returns its URL. */
export async function openBillingPortal(row: Subscription, returnUrl: string) {
  const minute = Math.floor(Date.now() / 60_000)
  const session = await callStripe('open the billing portal', () =>
    stripeClient().billingPortal.sessions.create(
      { customer: row.stripeCustomerId!, return_url: returnUrl },
      { idempotencyKey: `customer:${row.stripeCustomerId}:portal:${returnUrl}:${minute}` }
    )
  )
  return session.url
}

/**
 * Stripe's answer is its newest state of the subscription; stored without
 * moving `stripe_state_at`, so the webhook about the same change still
 * applies.
 */
async function applyFromStripe(
  tenant: Tenant,
  row: Subscription,
  subscription: Stripe.Subscription
) {
  const applied = await applyStripeSubscription(row, subscription, null)
  if (applied.plan && applied.previousPlanId !== applied.plan.id) {
    await planChanged(tenant.id, applied.plan)
  }
}
