import type { ApiClient } from '@japa/api-client'
import type Plan from '#kernel/billing/models/plan'
import type User from '#kernel/identity/models/user'
import type Tenant from '#kernel/tenancy/models/tenant'
import type { FakeStripeServer } from '#tests/support/fakes/stripe_server'
import {
  deliver,
  lastCheckoutSession,
} from '#tests/functional/billing/webhooks/stripe_billing_support'

/** The member picks `plan` on the Billing page; resolves to the response (a redirect to Stripe). */
export function choosePlan(
  client: ApiClient,
  tenant: Tenant,
  member: User,
  plan: Plan,
  interval: 'month' | 'year' = 'month'
) {
  return client
    .post(`/app/${tenant.slug}/settings/billing/plan`)
    .form({ plan_id: plan.id, interval })
    .withCsrfToken()
    .loginAs(member)
    .redirects(0)
}

/**
 * Trial → Stripe Checkout → the buyer pays → `checkout.session.completed`
 * delivered: the workspace has a live Stripe subscription to `plan`.
 */
export async function subscribeThroughCheckout(
  client: ApiClient,
  fake: FakeStripeServer,
  tenant: Tenant,
  owner: User,
  plan: Plan
) {
  const response = await choosePlan(client, tenant, owner, plan)
  response.assertStatus(302)
  const session = lastCheckoutSession(fake)
  const completed = fake.completeCheckout(session.id)
  await deliver(fake, completed)
  return { session, completed, subscriptionId: String(session.subscription) }
}
