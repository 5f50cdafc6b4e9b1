import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Subscription from '#kernel/billing/models/subscription'
import BillingInvoice from '#kernel/billing/models/billing_invoice'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { enableModule, enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { addMember, makeWorkspace } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'
import {
  billingStripe,
  deliver,
  makePlans,
  subscriptionOf,
} from '#tests/functional/billing/webhooks/stripe_billing_support'
import {
  choosePlan,
  subscribeThroughCheckout,
} from '#tests/functional/billing/webhooks/checkout_flow'

test.group('Billing: trials and subscriptions', () => {
  test('a new workspace starts a trial of the default plan, without a card', async ({ assert }) => {
    const { starter } = await makePlans(null)
    const before = DateTime.now()
    const { tenant } = await makeWorkspace({ slug: 'trial-shop' })
    const row = await subscriptionOf(tenant.id)
    assert.equal(row.planId, starter.id)
    assert.equal(row.status, 'trialing')
    assert.isNull(row.stripeCustomerId)
    assert.isNull(row.stripeSubscriptionId)
    const trialDays = row.trialEndsAt!.diff(before, 'days').days
    assert.closeTo(trialDays, 14, 0.01)
    assert.equal(row.currentPeriodStart.toMillis() <= DateTime.now().toMillis(), true)
    assert.equal(row.currentPeriodEnd.toMillis(), row.trialEndsAt!.toMillis())
  })

  test('without a default plan a new workspace has no subscription (everything allowed)', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace({ slug: 'no-plans' })
    const rows = await withTenant(tenant.id, () => Subscription.query())
    assert.lengthOf(rows, 0)
  })

  test('trial → Stripe Checkout → checkout.session.completed → active', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'checkout-shop' })

    const response = await choosePlan(client, tenant, owner, growth)
    response.assertStatus(302)
    const sessions = [...fake.store.checkoutSessions.values()]
    assert.lengthOf(sessions, 1)
    const session = sessions[0]
    assert.equal(response.header('location'), session.url)
    assert.equal(session.mode, 'subscription')
    assert.equal(session.metadata.tenant_id, tenant.id)
    assert.match(
      String(session.success_url),
      /\/app\/checkout-shop\/settings\/billing\?checkout=success$/
    )
    assert.match(
      String(session.cancel_url),
      /\/app\/checkout-shop\/settings\/billing\?checkout=canceled$/
    )

    const customerCalls = fake.requestsTo('POST /v1/customers')
    assert.lengthOf(customerCalls, 1)
    assert.equal(customerCalls[0].headers.idempotencyKey, `tenant:${tenant.id}:customer`)
    assert.equal((customerCalls[0].body.metadata as Record<string, string>).tenant_id, tenant.id)
    for (const request of fake.requests.filter((entry) => entry.method === 'POST')) {
      assert.isString(request.headers.idempotencyKey, `${request.path} carries an idempotency key`)
    }

    const trialing = await subscriptionOf(tenant.id)
    assert.equal(trialing.status, 'trialing')
    assert.equal(trialing.stripeCustomerId, session.customer)

    const completed = fake.completeCheckout(session.id)
    await deliver(fake, completed)

    const active = await subscriptionOf(tenant.id)
    assert.equal(active.status, 'active')
    assert.equal(active.planId, growth.id)
    assert.equal(active.stripeSubscriptionId, session.subscription)
    assert.isNull(active.trialEndsAt)
    assert.equal(active.stripeStateAt!.toSeconds(), completed.created)
    const invoices = await withTenant(tenant.id, () => BillingInvoice.query())
    assert.lengthOf(invoices, 1)
    assert.equal(invoices[0].status, 'paid')
    assert.equal(invoices[0].amountPaidMinor, 7900)
  })

  test('a workspace created before any plan existed subscribes through Checkout too', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { tenant, owner } = await makeWorkspace({ slug: 'early-shop' })
    const { growth } = await makePlans(fake)
    const { subscriptionId } = await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    const row = await subscriptionOf(tenant.id)
    assert.equal(row.planId, growth.id)
    assert.equal(row.status, 'active')
    assert.equal(row.stripeSubscriptionId, subscriptionId)
    assert.equal(row.stripeCustomerId, fake.store.subscriptions.get(subscriptionId)!.customer)
  })

  test('changing the plan of a live subscription updates it in place with proration', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { starter, growth } = await makePlans(fake, { growthModules: ['alpha'] })
    const { tenant, owner } = await makeWorkspace({ slug: 'prorate-shop' })
    const { subscriptionId } = await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    await withTenant(tenant.id, () => enableModule('alpha', { actor: null }))

    const response = await choosePlan(client, tenant, owner, starter)
    response.assertStatus(302)
    response.assertHeader('location', '/app/prorate-shop/settings/billing')
    assert.lengthOf(fake.store.checkoutSessions, 1, 'no second checkout')
    const updates = fake.requestsTo(`POST /v1/subscriptions/${subscriptionId}`)
    assert.lengthOf(updates, 1)
    assert.equal(updates[0].body.proration_behavior, 'create_prorations')
    assert.equal((updates[0].body.items as any)[0].price, starter.stripeMonthlyPriceId)
    assert.match(
      String(updates[0].headers.idempotencyKey),
      new RegExp(`^subscription:${subscriptionId}:price:`)
    )
    assert.equal(
      fake.store.subscriptions.get(subscriptionId)!.items.data[0].price.id,
      starter.stripeMonthlyPriceId
    )
    const row = await subscriptionOf(tenant.id)
    assert.equal(row.planId, starter.id)
    assert.equal(row.status, 'active')
    const modules = await withTenant(tenant.id, () => enabledModuleKeys())
    assert.isFalse(modules.has('alpha'), 'the smaller plan switched Alpha off')

    const yearly = await choosePlan(client, tenant, owner, growth, 'year')
    yearly.assertStatus(302)
    const afterYearly = await subscriptionOf(tenant.id)
    assert.equal(afterYearly.planId, growth.id)
    assert.equal(afterYearly.interval, 'year')
  })

  test('cancel at period end, then resume', async ({ client, assert, cleanup }) => {
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'cancel-shop' })
    const { subscriptionId } = await subscribeThroughCheckout(client, fake, tenant, owner, growth)

    const cancel = await client
      .post('/app/cancel-shop/settings/billing/cancel')
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    cancel.assertStatus(302)
    assert.isTrue(fake.store.subscriptions.get(subscriptionId)!.cancel_at_period_end)
    const canceled = await subscriptionOf(tenant.id)
    assert.isTrue(canceled.cancelAtPeriodEnd)
    assert.equal(canceled.status, 'active', 'it keeps working until the period ends')

    const again = await client
      .post('/app/cancel-shop/settings/billing/cancel')
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    again.assertStatus(302)
    assert.lengthOf(fake.requestsTo(`POST /v1/subscriptions/${subscriptionId}`), 1)

    const resume = await client
      .post('/app/cancel-shop/settings/billing/resume')
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    resume.assertStatus(302)
    assert.isFalse(fake.store.subscriptions.get(subscriptionId)!.cancel_at_period_end)
    const resumed = await subscriptionOf(tenant.id)
    assert.isFalse(resumed.cancelAtPeriodEnd)
    const keys = fake
      .requestsTo(`POST /v1/subscriptions/${subscriptionId}`)
      .map((request) => request.headers.idempotencyKey)
    assert.lengthOf(new Set(keys), 2)
  })

  test('the Billing Portal opens for the workspace customer', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'portal-shop' })
    const before = await client
      .post('/app/portal-shop/settings/billing/portal')
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    before.assertStatus(302)
    assert.lengthOf(fake.requestsTo('POST /v1/billing_portal/sessions'), 0)

    await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    const response = await client
      .post('/app/portal-shop/settings/billing/portal')
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    response.assertStatus(302)
    const calls = fake.requestsTo('POST /v1/billing_portal/sessions')
    assert.lengthOf(calls, 1)
    const row = await subscriptionOf(tenant.id)
    assert.equal(calls[0].body.customer, row.stripeCustomerId)
    assert.match(String(calls[0].body.return_url), /\/app\/portal-shop\/settings\/billing$/)
    assert.isString(calls[0].headers.idempotencyKey)
    assert.match(response.header('location') ?? '', /\/billing_portal\//)
  })

  test('the billing page shows the plan, trial days left, usage bars and invoices', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { starter, growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'page-shop' })
    const admin = await addMember(tenant.id, 'admin')

    const trial = await client.get('/app/page-shop/settings/billing').loginAs(admin).withInertia()
    trial.assertStatus(200)
    const props = trial.inertiaProps as any
    assert.isTrue(props.configured)
    assert.equal(props.subscription.planName, starter.name)
    assert.equal(props.subscription.status, 'trialing')
    assert.equal(props.subscription.trialDaysLeft, 14)
    const products = props.usage.find((row: any) => row.metric === 'products')
    assert.equal(products.limit, 100)
    assert.equal(products.label, 'Products')
    const emails = props.usage.find((row: any) => row.metric === 'emails')
    assert.isNull(emails.limit)
    assert.deepEqual(
      props.plans.map((plan: any) => plan.name),
      ['Starter', 'Growth']
    )
    assert.deepEqual(props.invoices, [])

    await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    const paid = await client.get('/app/page-shop/settings/billing').loginAs(owner).withInertia()
    const paidProps = paid.inertiaProps as any
    assert.equal(paidProps.subscription.status, 'active')
    assert.isNull(paidProps.subscription.trialDaysLeft)
    assert.isTrue(paidProps.subscription.hasStripeSubscription)
    assert.lengthOf(paidProps.invoices, 1)
    assert.equal(paidProps.invoices[0].amountPaidMinor, 7900)
    assert.equal(paidProps.invoices[0].status, 'paid')
    assert.match(paidProps.invoices[0].hostedInvoiceUrl, /\/invoices\//)
  })

  test('without Stripe keys the page says billing is not configured and changes are refused', async ({
    client,
    assert,
  }) => {
    const { growth } = await makePlans(null)
    const { tenant, owner } = await makeWorkspace({ slug: 'offline-shop' })
    const page = await client.get('/app/offline-shop/settings/billing').loginAs(owner).withInertia()
    page.assertStatus(200)
    assert.isFalse((page.inertiaProps as any).configured)
    const response = await choosePlan(client, tenant, owner, growth)
    response.assertStatus(302)
    response.assertFlashMessage('error', 'Billing is not configured on this platform yet.')
  })

  test('bad input is refused with a message and calls nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    await makePlans(fake)
    const { owner } = await makeWorkspace({ slug: 'input-shop' })
    const hidden = await makePlans(null).catch(() => null)
    assert.isNull(hidden, 'plan keys are unique')

    const missing = await client
      .post('/app/input-shop/settings/billing/plan')
      .form({ interval: 'week' })
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    missing.assertStatus(302)
    assertFieldError(missing, 'plan_id')
    assertFieldError(missing, 'interval')

    const unknown = await client
      .post('/app/input-shop/settings/billing/plan')
      .form({ plan_id: '0190a5d0-0000-7000-8000-000000000000', interval: 'month' })
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    assertFieldError(unknown, 'plan_id', 'Choose one of the plans offered.')

    const json = await client
      .post('/app/input-shop/settings/billing/plan')
      .json({ plan_id: 'nope', interval: 'month' })
      .accept('json')
      .withCsrfToken()
      .loginAs(owner)
    json.assertStatus(422)
    assert.lengthOf(fake.requestsTo('POST /v1/checkout/sessions'), 0)
    assert.lengthOf(fake.requestsTo('POST /v1/customers'), 0)
  })

  test("members of A cannot see or change B's billing; only owners and admins manage it", async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const a = await makeWorkspace({ slug: 'tenant-a' })
    const b = await makeWorkspace({ slug: 'tenant-b' })
    const { subscriptionId } = await subscribeThroughCheckout(
      client,
      fake,
      b.tenant,
      b.owner,
      growth
    )
    const requestsBefore = fake.requests.length

    const page = await client.get('/app/tenant-b/settings/billing').loginAs(a.owner)
    page.assertStatus(404)
    for (const path of ['plan', 'portal', 'cancel', 'resume']) {
      const response = await client
        .post(`/app/tenant-b/settings/billing/${path}`)
        .form({ plan_id: growth.id, interval: 'year' })
        .withCsrfToken()
        .loginAs(a.owner)
        .redirects(0)
      response.assertStatus(404)
    }

    const manager = await addMember(b.tenant.id, 'manager')
    const forbidden = await client.get('/app/tenant-b/settings/billing').loginAs(manager)
    forbidden.assertStatus(403)
    const cancel = await client
      .post('/app/tenant-b/settings/billing/cancel')
      .accept('json')
      .withCsrfToken()
      .loginAs(manager)
    cancel.assertStatus(403)

    assert.equal(fake.requests.length, requestsBefore, 'no Stripe call for B')
    assert.isFalse(fake.store.subscriptions.get(subscriptionId)!.cancel_at_period_end)
    const row = await subscriptionOf(b.tenant.id)
    assert.isFalse(row.cancelAtPeriodEnd)

    const own = await client.get('/app/tenant-a/settings/billing').loginAs(a.owner).withInertia()
    const ownProps = own.inertiaProps as any
    assert.isFalse(ownProps.subscription.hasStripeSubscription)
    assert.deepEqual(ownProps.invoices, [])
  })
})
