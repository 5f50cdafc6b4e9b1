import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import StripeEvent from '#kernel/billing/models/stripe_event'
import { makeWorkspace } from '#tests/support/factories'
import {
  billingStripe,
  lastCheckoutSession,
  makePlans,
  subscriptionOf,
} from '#tests/functional/billing/webhooks/stripe_billing_support'
import { choosePlan } from '#tests/functional/billing/webhooks/checkout_flow'
import { makeOperator } from '#tests/functional/ops/ops_helpers'

async function storeEvent(
  id: string,
  type: string,
  status: StripeEvent['status'],
  payload: Record<string, unknown> = { id, type, object: 'event', data: { object: {} } },
  error: string | null = null
) {
  return StripeEvent.create({
    id,
    type,
    account: null,
    stripeCreatedAt: DateTime.now(),
    payload,
    status,
    error,
    attempts: status === 'pending' ? 0 : 1,
    receivedAt: DateTime.now(),
    processedAt: status === 'processed' ? DateTime.now() : null,
  })
}

test.group('Operator console: Stripe event log', () => {
  test('lists events, newest first, filtered by status and type; shows the payload', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    await storeEvent('evt_1', 'invoice.paid', 'processed')
    await storeEvent('evt_2', 'invoice.payment_failed', 'failed', undefined, 'Stripe timed out')
    await storeEvent('evt_3', 'customer.subscription.updated', 'processed')
    await storeEvent('evt_4', 'charge.refunded', 'ignored')

    const all = await client.get('/ops/stripe-events').loginAs(operator).withInertia()
    all.assertStatus(200)
    assert.equal(all.inertiaProps.pagination.total, 4)
    assert.sameMembers(all.inertiaProps.types, [
      'charge.refunded',
      'customer.subscription.updated',
      'invoice.paid',
      'invoice.payment_failed',
    ])

    const failed = await client
      .get('/ops/stripe-events?status=failed')
      .loginAs(operator)
      .withInertia()
    assert.deepEqual(
      failed.inertiaProps.events.map((event: any) => [event.id, event.error, event.attempts]),
      [['evt_2', 'Stripe timed out', 1]]
    )
    const invoices = await client
      .get('/ops/stripe-events?type=invoice.')
      .loginAs(operator)
      .withInertia()
    assert.sameMembers(
      invoices.inertiaProps.events.map((event: any) => event.id),
      ['evt_1', 'evt_2']
    )
    const bad = await client
      .get('/ops/stripe-events?status=exploded')
      .loginAs(operator)
      .accept('json')
      .redirects(0)
    bad.assertStatus(422)

    const detail = await client.get('/ops/stripe-events/evt_2').loginAs(operator).withInertia()
    detail.assertStatus(200)
    assert.equal(detail.inertiaProps.event.type, 'invoice.payment_failed')
    assert.include(detail.inertiaProps.event.payload, '"id": "evt_2"')
    const missing = await client.get('/ops/stripe-events/evt_nope').loginAs(operator)
    missing.assertStatus(404)
  })

  test('replaying a failed event applies it once; replaying again changes nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const operator = await makeOperator()
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'replay-shop' })
    const chosen = await choosePlan(client, tenant, owner, growth)
    chosen.assertStatus(302)
    const completed = fake.completeCheckout(lastCheckoutSession(fake).id) as any
    // Received while processing failed (Stripe was unreachable), never applied.
    await storeEvent(completed.id, completed.type, 'failed', completed, 'connect ECONNREFUSED')
    assert.equal((await subscriptionOf(tenant.id)).status, 'trialing')

    const replayed = await client
      .post(`/ops/stripe-events/${completed.id}/replay`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    replayed.assertStatus(302)
    replayed.assertHeader('location', `/ops/stripe-events/${completed.id}`)
    replayed.assertFlashMessage('success', `Replayed ${completed.id}: processed.`)
    const subscription = await subscriptionOf(tenant.id)
    assert.equal(subscription.status, 'active')
    assert.equal(subscription.plan.key, 'growth')
    let stored = await StripeEvent.findOrFail(completed.id)
    assert.equal(stored.status, 'processed')
    assert.equal(stored.attempts, 2)
    assert.isNull(stored.error)

    await client.post(`/ops/stripe-events/${completed.id}/replay`).loginAs(operator).withCsrfToken()
    const again = await subscriptionOf(tenant.id)
    assert.equal(again.status, 'active')
    assert.equal(again.stripeSubscriptionId, subscription.stripeSubscriptionId)
    stored = await StripeEvent.findOrFail(completed.id)
    assert.equal(stored.status, 'processed')
    assert.equal(stored.attempts, 3)
  })

  test('a replay that fails again says why and stays failed', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const operator = await makeOperator()
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'still-failing' })
    await choosePlan(client, tenant, owner, growth)
    const session = lastCheckoutSession(fake)
    const completed = fake.completeCheckout(session.id) as any
    await storeEvent(completed.id, completed.type, 'failed', completed, 'connect ECONNREFUSED')
    fake.failNext(`GET /v1/subscriptions/${session.subscription}`, 400)

    const replayed = await client
      .post(`/ops/stripe-events/${completed.id}/replay`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    replayed.assertStatus(302)
    const flash = replayed.flashMessages().error as string
    assert.match(flash, new RegExp(`^Replaying ${completed.id} failed: `))
    const stored = await StripeEvent.findOrFail(completed.id)
    assert.equal(stored.status, 'failed')
    assert.equal(stored.attempts, 2)
    assert.equal((await subscriptionOf(tenant.id)).status, 'trialing')
  })
})
