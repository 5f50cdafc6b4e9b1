import { test } from '@japa/runner'
import Plan from '#kernel/billing/models/plan'
import { platformStripeFake } from '#tests/support/billing_factories'
import { assertFieldError } from '#tests/support/assertions'
import { makeWorkspace } from '#tests/support/factories'
import { makeOperator, makePlan, subscribe } from '#tests/functional/ops/ops_helpers'

function planForm(overrides: Record<string, unknown> = {}) {
  return {
    key: 'pro',
    name: 'Pro',
    description: 'For shops that sell every day.',
    currency: 'EUR',
    monthly_price: 49,
    yearly_price: 490,
    trial_days: 14,
    modules: ['storefront'],
    limits: {
      products: 500,
      staff_seats: 5,
      ai_messages: null,
      emails: 10000,
      stream_hours: 20,
      storage_mb: 2048,
    },
    is_public: true,
    is_default: false,
    sort_order: 10,
    ...overrides,
  }
}

test.group('Operator console: plans', () => {
  test('lists plans in sort order with their Stripe state and workspaces', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    await makePlan({ name: 'Scale', sortOrder: 3 })
    await makePlan({ name: 'Starter', sortOrder: 1 })
    const growth = await makePlan({ name: 'Growth', sortOrder: 2 })
    await subscribe((await makeWorkspace()).tenant.id, growth, 'active')
    await subscribe((await makeWorkspace()).tenant.id, growth, 'trialing')
    const page = await client.get('/ops/plans').loginAs(operator).withInertia()
    page.assertStatus(200)
    assert.deepEqual(
      page.inertiaProps.plans.map((plan: any) => plan.name),
      ['Starter', 'Growth', 'Scale']
    )
    assert.equal(page.inertiaProps.plans[0].stripe, 'stripe_not_configured')
    assert.deepEqual(
      page.inertiaProps.plans.map((plan: any) => plan.subscriptions),
      [0, 2, 0]
    )
  })

  test('creates a plan from the form, mirrored to Stripe', async ({ client, assert, cleanup }) => {
    const stripe = await platformStripeFake(cleanup)
    const operator = await makeOperator()

    const form = await client.get('/ops/plans/new').loginAs(operator).withInertia()
    form.assertStatus(200)
    assert.include(
      form.inertiaProps.modules.map((module: any) => module.key),
      'storefront'
    )

    const created = await client
      .post('/ops/plans')
      .loginAs(operator)
      .json(planForm())
      .withCsrfToken()
      .redirects(0)
    created.assertStatus(302)
    created.assertHeader('location', '/ops/plans')
    created.assertFlashMessage('success', 'Pro is created.')

    const plan = await Plan.findByOrFail('key', 'pro')
    assert.equal(plan.monthlyPriceMinor, 4900)
    assert.equal(plan.yearlyPriceMinor, 49000)
    assert.deepEqual(plan.modules, ['storefront'])
    assert.deepEqual(plan.limits, {
      products: 500,
      staff_seats: 5,
      emails: 10000,
      stream_minutes: 1200,
      storage_mb: 2048,
    })
    assert.equal(stripe.store.products.get(plan.stripeProductId!)!.name, 'Pro')
    assert.equal(stripe.store.prices.get(plan.stripeMonthlyPriceId!)!.unit_amount, 4900)

    const list = await client.get('/ops/plans').loginAs(operator).withInertia()
    assert.equal(list.inertiaProps.plans[0].stripe, 'synced')
  })

  test('bad plan input gets field errors and stores nothing', async ({ client, assert }) => {
    const operator = await makeOperator()
    const json = await client
      .post('/ops/plans')
      .loginAs(operator)
      .json(
        planForm({
          name: '',
          monthly_price: -1,
          modules: ['teleportation'],
          limits: { products: 1.5 },
        })
      )
      .withCsrfToken()
      .accept('json')
      .redirects(0)
    json.assertStatus(422)
    const fields = json.body().errors.map((error: any) => error.field)
    assert.includeMembers(fields, ['name', 'monthly_price', 'modules.0', 'limits.products'])

    const page = await client
      .post('/ops/plans')
      .loginAs(operator)
      .json(planForm({ currency: 'euro' }))
      .withCsrfToken()
      .redirects(0)
    assertFieldError(page, 'currency', 'The currency must be a three-letter code such as EUR.')
    assert.lengthOf(await Plan.all(), 0)
  })

  test('edits a plan: a new price replaces the old one in Stripe', async ({
    client,
    assert,
    cleanup,
  }) => {
    const stripe = await platformStripeFake(cleanup)
    const operator = await makeOperator()
    await client.post('/ops/plans').loginAs(operator).json(planForm()).withCsrfToken()
    const plan = await Plan.findByOrFail('key', 'pro')
    const oldMonthly = plan.stripeMonthlyPriceId!

    const edit = await client.get(`/ops/plans/${plan.id}/edit`).loginAs(operator).withInertia()
    edit.assertStatus(200)
    assert.equal(edit.inertiaProps.plan.values.monthly_price, 49)
    assert.equal(edit.inertiaProps.plan.values.limits.stream_hours, 20)
    assert.isNull(edit.inertiaProps.plan.values.limits.ai_messages)

    const saved = await client
      .put(`/ops/plans/${plan.id}`)
      .loginAs(operator)
      .json(planForm({ name: 'Pro Plus', monthly_price: 59, sort_order: 2 }))
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    await plan.refresh()
    assert.equal(plan.name, 'Pro Plus')
    assert.equal(plan.monthlyPriceMinor, 5900)
    assert.equal(plan.sortOrder, 2)
    assert.notEqual(plan.stripeMonthlyPriceId, oldMonthly)
    assert.equal(stripe.store.prices.get(plan.stripeMonthlyPriceId!)!.unit_amount, 5900)
    assert.isFalse(stripe.store.prices.get(oldMonthly)!.active)
    assert.equal(stripe.store.products.get(plan.stripeProductId!)!.name, 'Pro Plus')
  })

  test('archives a plan after confirmation; the default plan cannot be archived', async ({
    client,
    assert,
    cleanup,
  }) => {
    const stripe = await platformStripeFake(cleanup)
    const operator = await makeOperator()
    await client.post('/ops/plans').loginAs(operator).json(planForm()).withCsrfToken()
    await client
      .post('/ops/plans')
      .loginAs(operator)
      .json(planForm({ key: 'basic', name: 'Basic', is_default: true }))
      .withCsrfToken()
    const pro = await Plan.findByOrFail('key', 'pro')
    const basic = await Plan.findByOrFail('key', 'basic')

    const archived = await client
      .post(`/ops/plans/${pro.id}/archive`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    archived.assertFlashMessage('success', 'Pro is archived: no longer offered.')
    await pro.refresh()
    assert.isNotNull(pro.archivedAt)
    assert.isFalse(stripe.store.products.get(pro.stripeProductId!)!.active)

    const refused = await client
      .post(`/ops/plans/${basic.id}/archive`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage(
      'error',
      'Basic is the default plan: make another plan the default before archiving it.'
    )
    await basic.refresh()
    assert.isNull(basic.archivedAt)

    const list = await client.get('/ops/plans').loginAs(operator).withInertia()
    const rows = list.inertiaProps.plans
    assert.deepEqual(
      rows.map((row: any) => [row.name, row.archived]),
      [
        ['Basic', false],
        ['Pro', true],
      ]
    )
  })

  test('a plan made before Stripe was set up is synced with "Sync to Stripe"', async ({
    client,
    assert,
    cleanup,
  }) => {
    const operator = await makeOperator()
    await client.post('/ops/plans').loginAs(operator).json(planForm()).withCsrfToken()
    const plan = await Plan.findByOrFail('key', 'pro')
    assert.isNull(plan.stripeProductId)

    const notConfigured = await client
      .post(`/ops/plans/${plan.id}/sync`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    notConfigured.assertFlashMessage(
      'error',
      'Stripe is not configured: set STRIPE_SECRET_KEY first.'
    )

    const stripe = await platformStripeFake(cleanup)
    const before = await client.get('/ops/plans').loginAs(operator).withInertia()
    assert.equal(before.inertiaProps.plans[0].stripe, 'needs_sync')

    stripe.failNext('POST /v1/products', 400)
    const failed = await client
      .post(`/ops/plans/${plan.id}/sync`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    failed.assertFlashMessage(
      'error',
      'Stripe refused the sync: Simulated failure (400) of POST /v1/products'
    )

    const synced = await client
      .post(`/ops/plans/${plan.id}/sync`)
      .loginAs(operator)
      .withCsrfToken()
      .redirects(0)
    synced.assertFlashMessage('success', 'Pro is in sync with Stripe.')
    await plan.refresh()
    assert.isNotNull(plan.stripeProductId)
    assert.isNotNull(plan.stripeMonthlyPriceId)
    assert.isNotNull(plan.stripeYearlyPriceId)
    const after = await client.get('/ops/plans').loginAs(operator).withInertia()
    assert.equal(after.inertiaProps.plans[0].stripe, 'synced')
  })

  test('an unknown plan is a 404', async ({ client }) => {
    const operator = await makeOperator()
    const response = await client
      .get('/ops/plans/01900000-0000-7000-8000-000000000000/edit')
      .loginAs(operator)
    response.assertStatus(404)
  })
})
