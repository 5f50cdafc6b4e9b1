import env from '#start/env'
import Plan from '#kernel/billing/models/plan'
import Subscription from '#kernel/billing/models/subscription'
import StripeEvent from '#kernel/billing/models/stripe_event'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import { startStripeServer, type FakeStripeServer } from '#tests/support/fakes/stripe_server'

const STRIPE_ENV = [
  'STRIPE_SECRET_KEY',
  'STRIPE_API_BASE',
  'STRIPE_BILLING_WEBHOOK_SECRET',
] as const

/** The fake Stripe API, with the platform's billing settings pointed at it until cleanup. */
export async function billingStripe(cleanup: (fn: () => Promise<void> | void) => void) {
  const fake = await startStripeServer()
  const previous = STRIPE_ENV.map((key) => [key, env.get(key)] as const)
  env.set('STRIPE_SECRET_KEY', 'sk_test_platform_billing')
  env.set('STRIPE_API_BASE', fake.url)
  env.set('STRIPE_BILLING_WEBHOOK_SECRET', fake.webhookSecret)
  cleanup(async () => {
    for (const [key, value] of previous) env.set(key, value ?? '')
    await fake.close()
  })
  return fake
}

/** A plan with its Stripe product and prices (made through the fake, as the plan sync does). */
export async function makePlan(
  fake: FakeStripeServer | null,
  fields: {
    key: string
    name: string
    monthly: number
    yearly?: number
    isDefault?: boolean
    trialDays?: number
    modules?: string[]
    limits?: Plan['limits']
    sortOrder?: number
  }
) {
  const plan = await Plan.create({
    key: fields.key,
    name: fields.name,
    description: `${fields.name} plan`,
    currency: 'EUR',
    monthlyPriceMinor: fields.monthly,
    yearlyPriceMinor: fields.yearly ?? fields.monthly * 10,
    trialDays: fields.trialDays ?? 14,
    modules: fields.modules ?? ['storefront'],
    limits: fields.limits ?? {},
    isPublic: true,
    isDefault: fields.isDefault ?? false,
    sortOrder: fields.sortOrder ?? 0,
  })
  if (fake) {
    const stripe = fake.client('sk_test_platform_billing')
    const product = await stripe.products.create({
      name: plan.name,
      metadata: { plan_id: plan.id },
    })
    const price = (amount: number, interval: 'month' | 'year') =>
      stripe.prices.create({
        product: product.id,
        currency: 'eur',
        unit_amount: amount,
        recurring: { interval },
      })
    const monthly = await price(plan.monthlyPriceMinor, 'month')
    const yearly = await price(plan.yearlyPriceMinor, 'year')
    plan.merge({
      stripeProductId: product.id,
      stripeMonthlyPriceId: monthly.id,
      stripeYearlyPriceId: yearly.id,
    })
    await plan.save()
  }
  return plan
}

/** Starter (the default, 14-day trial) and Growth. */
export async function makePlans(
  fake: FakeStripeServer | null,
  options: { growthModules?: string[] } = {}
) {
  const starter = await makePlan(fake, {
    key: 'starter',
    name: 'Starter',
    monthly: 2900,
    isDefault: true,
    limits: { products: 100, staff_seats: 3 },
    sortOrder: 1,
  })
  const growth = await makePlan(fake, {
    key: 'growth',
    name: 'Growth',
    monthly: 7900,
    modules: ['storefront', 'livestream', ...(options.growthModules ?? [])],
    limits: { products: 1000, staff_seats: 10 },
    sortOrder: 2,
  })
  return { starter, growth }
}

/** POSTs a signed event to the billing webhook, as Stripe delivers it. */
export function postBillingWebhook(fake: FakeStripeServer, event: object, secret?: string) {
  const { body, headers } = fake.signedWebhook(event, secret)
  return fetch(`${env.get('APP_URL')}/webhooks/stripe`, { method: 'POST', headers, body })
}

/** Delivers events in the given order, then lets the queue process them. */
export async function deliver(fake: FakeStripeServer, ...events: object[]) {
  for (const event of events) {
    const response = await postBillingWebhook(fake, event)
    if (response.status !== 200) {
      throw new Error(`The webhook answered ${response.status}: ${await response.text()}`)
    }
  }
  await runQueuedJobs()
}

export function subscriptionOf(tenantId: string) {
  return withTenant(tenantId, () => Subscription.query().preload('plan').firstOrFail())
}

export async function storedEvents() {
  return StripeEvent.query().orderBy('received_at')
}

/** The Checkout Session the application last created in the fake. */
export function lastCheckoutSession(fake: FakeStripeServer) {
  const sessions = [...fake.store.checkoutSessions.values()]
  return sessions[sessions.length - 1]
}
