import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import env from '#start/env'
import BillingInvoice from '#kernel/billing/models/billing_invoice'
import StripeEvent from '#kernel/billing/models/stripe_event'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { processStripeEvent } from '#kernel/billing/webhooks/process_stripe_event'
import { PaymentFailedMail } from '#kernel/billing/dunning/mails/billing_mails'
import { makeWorkspace } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import {
  billingStripe,
  deliver,
  lastCheckoutSession,
  makePlans,
  postBillingWebhook,
  storedEvents,
  subscriptionOf,
} from '#tests/functional/billing/webhooks/stripe_billing_support'
import {
  choosePlan,
  subscribeThroughCheckout,
} from '#tests/functional/billing/webhooks/checkout_flow'

test.group('Billing: Stripe webhooks', () => {
  test('an event with an invalid signature gets 400 and nothing is stored', async ({
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant } = await makeWorkspace({ slug: 'sig-shop' })
    const row = await subscriptionOf(tenant.id)
    const event = fake.event('customer.subscription.deleted', {
      id: 'sub_forged',
      object: 'subscription',
      customer: 'cus_forged',
      metadata: { tenant_id: tenant.id, plan_id: growth.id },
    })

    const wrongSecret = await postBillingWebhook(fake, event, 'whsec_someone_else')
    assert.equal(wrongSecret.status, 400)

    const { body, headers } = fake.signedWebhook(event)
    const url = `${env.get('APP_URL')}/webhooks/stripe`
    const tampered = await fetch(url, {
      method: 'POST',
      headers,
      body: body.replace('sub_forged', 'sub_forgeD'),
    })
    assert.equal(tampered.status, 400)

    const unsigned = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    assert.equal(unsigned.status, 400)
    const stale = fake.signedWebhook(event, undefined, Math.floor(Date.now() / 1000) - 3600)
    const old = await fetch(url, { method: 'POST', headers: stale.headers, body: stale.body })
    assert.equal(old.status, 400)

    await runQueuedJobs()
    assert.lengthOf(await storedEvents(), 0)
    const after = await subscriptionOf(tenant.id)
    assert.equal(after.status, row.status)
    assert.equal(after.updatedAt.toMillis(), row.updatedAt.toMillis())
  })

  test('the same event delivered 10 times has one effect', async ({ client, assert, cleanup }) => {
    using mails = mail.fake()
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'dup-shop' })
    const response = await choosePlan(client, tenant, owner, growth)
    response.assertStatus(302)
    const completed = fake.completeCheckout(lastCheckoutSession(fake).id)
    const subscriptionId = String(lastCheckoutSession(fake).subscription)
    fake.advanceSubscriptionPeriod(subscriptionId)
    const failed = fake.invoiceEvent(subscriptionId, 'invoice.payment_failed')

    for (const event of [completed, failed]) {
      const answers = []
      for (let index = 0; index < 10; index++) {
        const answer = await postBillingWebhook(fake, event)
        answers.push(answer.status)
        assert.deepEqual(await answer.json(), { received: true, duplicate: index > 0 })
      }
      assert.deepEqual(answers, Array(10).fill(200))
    }
    // Acknowledged at once; applied by the job.
    assert.deepEqual(
      (await storedEvents()).map((event) => event.status),
      ['pending', 'pending']
    )
    assert.equal((await subscriptionOf(tenant.id)).status, 'trialing')
    await runQueuedJobs()

    const events = await storedEvents()
    assert.deepEqual(
      events.map((event) => [event.id, event.status, event.attempts]),
      [
        [completed.id, 'processed', 1],
        [failed.id, 'processed', 1],
      ]
    )
    const row = await subscriptionOf(tenant.id)
    assert.equal(row.status, 'past_due')
    assert.equal(row.stripeSubscriptionId, subscriptionId)
    const invoices = await withTenant(tenant.id, () => BillingInvoice.query().orderBy('status'))
    assert.deepEqual(
      invoices.map((invoice) => [invoice.stripeInvoiceId, invoice.status]),
      [
        [(failed.data.object as { id: string }).id, 'open'],
        [String(lastCheckoutSession(fake).invoice), 'paid'],
      ]
    )
    mails.mails.assertQueuedCount(PaymentFailedMail, 1)
    mails.mails.assertQueued(PaymentFailedMail, ({ message }) => message.hasTo(owner.email))

    // A replay (the operator console's button) of an applied event changes nothing either.
    assert.equal(await processStripeEvent(failed.id), 'processed')
    mails.mails.assertQueuedCount(PaymentFailedMail, 1)
    const again = await subscriptionOf(tenant.id)
    assert.equal(again.pastDueSince!.toMillis(), row.pastDueSince!.toMillis())
  })

  test('customer.subscription.updated before .created: the newest state wins', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { starter, growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'order-shop' })
    const response = await choosePlan(client, tenant, owner, growth)
    response.assertStatus(302)
    const session = lastCheckoutSession(fake)
    const completed = fake.completeCheckout(session.id)
    const subscriptionId = String(session.subscription)
    const created = fake.subscriptionEvent(subscriptionId, 'customer.subscription.created')
    // Later, in Stripe: the plan changes (say, through the portal).
    const stripe = fake.client('sk_test_platform_billing')
    const item = fake.store.subscriptions.get(subscriptionId)!.items.data[0]
    await stripe.subscriptions.update(subscriptionId, {
      items: [{ id: item.id, price: starter.stripeMonthlyPriceId! }],
    })
    const updated = fake.subscriptionEvent(subscriptionId, 'customer.subscription.updated')
    // Stripe created them seconds apart; they arrive in the opposite order.
    completed.created = updated.created - 20
    created.created = updated.created - 10

    await deliver(fake, updated)
    const afterUpdated = await subscriptionOf(tenant.id)
    assert.equal(afterUpdated.planId, starter.id)
    assert.equal(afterUpdated.status, 'active')
    assert.equal(afterUpdated.stripeStateAt!.toSeconds(), updated.created)

    await deliver(fake, created, completed)
    const final = await subscriptionOf(tenant.id)
    assert.equal(final.planId, starter.id, 'the older created event did not bring Growth back')
    assert.equal(final.status, 'active')
    assert.equal(final.stripeStateAt!.toSeconds(), updated.created)
    const events = await storedEvents()
    const createdRow = events.find((event) => event.id === created.id)!
    assert.equal(createdRow.status, 'processed')
    assert.match(String(createdRow.error), /Older than the stored state/)
    const reads = fake.requestsTo(`GET /v1/subscriptions/${subscriptionId}`).length
    assert.isAtLeast(reads, 1, 'checkout completion read the subscription from Stripe')
  })

  test('events from the same second are settled by reading the subscription from Stripe', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'same-second' })
    const { subscriptionId, completed } = await subscribeThroughCheckout(
      client,
      fake,
      tenant,
      owner,
      growth
    )
    const stripe = fake.client('sk_test_platform_billing')
    await stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true })
    const canceling = fake.subscriptionEvent(subscriptionId, 'customer.subscription.updated')
    const stale = structuredClone(canceling)
    stale.id = `${canceling.id}x`
    ;(stale.data.object as { cancel_at_period_end: boolean }).cancel_at_period_end = false
    ;(stale.data.object as { cancel_at: number | null }).cancel_at = null
    canceling.created = completed.created + 5
    stale.created = canceling.created

    await deliver(fake, canceling, stale)
    const row = await subscriptionOf(tenant.id)
    assert.isTrue(row.cancelAtPeriodEnd, 'the same-second event read the fresh state instead')
  })

  test("a webhook about A's customer cannot change B", async ({ client, assert, cleanup }) => {
    const fake = await billingStripe(cleanup)
    const { starter, growth } = await makePlans(fake)
    const a = await makeWorkspace({ slug: 'hook-a' })
    const b = await makeWorkspace({ slug: 'hook-b' })
    const { subscriptionId: aSubscription } = await subscribeThroughCheckout(
      client,
      fake,
      a.tenant,
      a.owner,
      growth
    )
    const bBefore = await subscriptionOf(b.tenant.id)

    await fake
      .client('sk_test_platform_billing')
      .subscriptions.update(aSubscription, { cancel_at_period_end: true })
    const aEvent = fake.subscriptionEvent(aSubscription, 'customer.subscription.updated')
    ;(aEvent.data.object as { metadata: Record<string, string> }).metadata = {
      tenant_id: b.tenant.id,
      plan_id: starter.id,
    }
    await deliver(fake, aEvent)
    const a1 = await subscriptionOf(a.tenant.id)
    assert.isTrue(a1.cancelAtPeriodEnd)
    const b1 = await subscriptionOf(b.tenant.id)
    assert.isFalse(b1.cancelAtPeriodEnd)
    assert.isNull(b1.stripeSubscriptionId)
    assert.equal(b1.updatedAt.toMillis(), bBefore.updatedAt.toMillis())

    // B already pays through its own customer: a stranger's event naming B is ignored.
    await subscribeThroughCheckout(client, fake, b.tenant, b.owner, growth)
    const bPaying = await subscriptionOf(b.tenant.id)
    const stranger = fake.event('customer.subscription.deleted', {
      id: 'sub_stranger',
      object: 'subscription',
      customer: 'cus_stranger',
      status: 'canceled',
      metadata: { tenant_id: b.tenant.id },
      items: { object: 'list', data: [] },
    })
    await deliver(fake, stranger)
    const strangerRow = await StripeEvent.findOrFail(stranger.id)
    assert.equal(strangerRow.status, 'ignored')
    const b2 = await subscriptionOf(b.tenant.id)
    assert.equal(b2.status, 'active')
    assert.equal(b2.stripeSubscriptionId, bPaying.stripeSubscriptionId)
  })

  test('events billing does not handle are stored and marked ignored', async ({
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const event = fake.event('product.created', { id: 'prod_x', object: 'product' })
    await deliver(fake, event)
    const stored = await StripeEvent.findOrFail(event.id)
    assert.equal(stored.status, 'ignored')
    assert.equal(stored.type, 'product.created')
  })

  test('without a signing secret the endpoint refuses events and stores nothing', async ({
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    env.set('STRIPE_BILLING_WEBHOOK_SECRET', '')
    const response = await postBillingWebhook(
      fake,
      fake.event('invoice.paid', { id: 'in_x', object: 'invoice' })
    )
    assert.equal(response.status, 503)
    assert.lengthOf(await storedEvents(), 0)
  })
})
