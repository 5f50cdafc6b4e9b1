import { test } from '@japa/runner'
import Plan from '#kernel/billing/models/plan'
import {
  archivePlan,
  createPlan,
  defaultPlan,
  publicPlans,
  syncPlanToStripe,
  updatePlan,
} from '#kernel/billing/plans/plan_service'
import { planValidator, type PlanFormData } from '#kernel/billing/plans/plan_validator'
import { platformStripeFake } from '#tests/support/billing_factories'

function planData(overrides: Partial<PlanFormData> = {}): PlanFormData {
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
      emails: 10_000,
      stream_hours: 20,
      storage_mb: 2048,
    },
    is_public: true,
    is_default: false,
    sort_order: 10,
    ...overrides,
  }
}

test.group('Plan service with Stripe', () => {
  test('creating a plan creates its Stripe product and both prices, with idempotency keys', async ({
    assert,
    cleanup,
  }) => {
    const stripe = await platformStripeFake(cleanup)
    const plan = await createPlan(planData())

    assert.equal(plan.monthlyPriceMinor, 4900)
    assert.equal(plan.yearlyPriceMinor, 49000)
    assert.deepEqual(plan.limits, {
      products: 500,
      staff_seats: 5,
      emails: 10_000,
      stream_minutes: 1200,
      storage_mb: 2048,
    })
    const product = stripe.store.products.get(plan.stripeProductId!)!
    assert.equal(product.name, 'Pro')
    assert.isTrue(product.active)
    assert.equal(product.metadata.plan_key, 'pro')
    const monthly = stripe.store.prices.get(plan.stripeMonthlyPriceId!)!
    const yearly = stripe.store.prices.get(plan.stripeYearlyPriceId!)!
    assert.deepInclude(monthly, { unit_amount: 4900, currency: 'eur', product: product.id })
    assert.equal(monthly.recurring?.interval, 'month')
    assert.deepInclude(yearly, { unit_amount: 49000, currency: 'eur' })
    assert.equal(yearly.recurring?.interval, 'year')

    const posts = stripe.requests.filter((request) => request.method === 'POST')
    assert.lengthOf(posts, 3)
    assert.deepEqual(
      posts.map((request) => request.headers.idempotencyKey),
      [
        `plan:${plan.id}:product:create`,
        `plan:${plan.id}:price:month:4900eur:after:none`,
        `plan:${plan.id}:price:year:49000eur:after:none`,
      ]
    )
    const stored = await Plan.findOrFail(plan.id)
    assert.equal(stored.stripeProductId, product.id)
  })

  test('a price change creates a new Stripe price and archives the old one', async ({
    assert,
    cleanup,
  }) => {
    const stripe = await platformStripeFake(cleanup)
    const plan = await createPlan(planData())
    const oldMonthly = plan.stripeMonthlyPriceId!
    const oldYearly = plan.stripeYearlyPriceId!
    stripe.requests.length = 0

    await updatePlan(plan, planData({ name: 'Pro+', monthly_price: 59 }))

    assert.notEqual(plan.stripeMonthlyPriceId, oldMonthly)
    assert.equal(plan.stripeYearlyPriceId, oldYearly, 'an unchanged price is kept')
    assert.isFalse(stripe.store.prices.get(oldMonthly)!.active)
    assert.isTrue(stripe.store.prices.get(oldYearly)!.active)
    assert.equal(stripe.store.prices.get(plan.stripeMonthlyPriceId!)!.unit_amount, 5900)
    assert.equal(stripe.store.products.get(plan.stripeProductId!)!.name, 'Pro+')

    const posts = stripe.requests.filter((request) => request.method === 'POST')
    assert.deepEqual(
      posts.map((request) => request.path),
      ['/v1/products/' + plan.stripeProductId, '/v1/prices', `/v1/prices/${oldMonthly}`]
    )
    assert.isTrue(posts.every((request) => request.headers.idempotencyKey?.startsWith('plan:')))
    assert.equal(
      posts[1].headers.idempotencyKey,
      `plan:${plan.id}:price:month:5900eur:after:${oldMonthly}`
    )
    assert.equal(posts[2].headers.idempotencyKey, `plan:${plan.id}:price:${oldMonthly}:archive`)

    const fresh = await Plan.findOrFail(plan.id)
    assert.equal(fresh.stripeMonthlyPriceId, plan.stripeMonthlyPriceId)
  })

  test('syncing again changes nothing in Stripe', async ({ assert, cleanup }) => {
    const stripe = await platformStripeFake(cleanup)
    const plan = await createPlan(planData())
    const prices = stripe.store.prices.size
    await syncPlanToStripe(plan)
    await syncPlanToStripe(plan)
    assert.equal(stripe.store.prices.size, prices)
    assert.equal(stripe.store.products.size, 1)
  })

  test('archiving deactivates the Stripe product and withdraws the plan', async ({
    assert,
    cleanup,
  }) => {
    const stripe = await platformStripeFake(cleanup)
    const plan = await createPlan(planData())
    await archivePlan(plan)

    assert.isNotNull(plan.archivedAt)
    assert.isFalse(stripe.store.products.get(plan.stripeProductId!)!.active)
    const archiveCall = stripe.requests.at(-1)!
    assert.equal(archiveCall.path, `/v1/products/${plan.stripeProductId}`)
    assert.match(archiveCall.headers.idempotencyKey!, new RegExp(`^plan:${plan.id}:product:`))
    const offered = await publicPlans()
    assert.notInclude(
      offered.map((entry) => entry.id),
      plan.id
    )
    await assert.rejects(() => updatePlan(plan, planData()), /archived/)
  })
})

test.group('Plan service without Stripe', () => {
  test('plans are stored without Stripe ids and synced later', async ({ assert, cleanup }) => {
    const created = await createPlan(planData())
    const plan = await Plan.findOrFail(created.id)
    assert.isNull(plan.stripeProductId)
    assert.isNull(plan.stripeMonthlyPriceId)

    const stripe = await platformStripeFake(cleanup)
    await syncPlanToStripe(plan)
    const stored = await Plan.findOrFail(plan.id)
    assert.isTrue(stripe.store.products.has(stored.stripeProductId!))
    assert.isTrue(stripe.store.prices.has(stored.stripeMonthlyPriceId!))
    assert.isTrue(stripe.store.prices.has(stored.stripeYearlyPriceId!))
  })

  test('one default plan: a new default replaces the old; the default is never archived', async ({
    assert,
  }) => {
    const first = await createPlan(planData({ key: 'first', is_default: true }))
    const second = await createPlan(planData({ key: 'second', is_default: true }))
    await first.refresh()
    assert.isFalse(first.isDefault)
    const current = await defaultPlan()
    assert.equal(current!.id, second.id)

    await assert.rejects(() => archivePlan(second), /default plan/)
    await assert.rejects(
      () => updatePlan(second, planData({ key: 'second', is_default: false })),
      /validation/i
    )
  })

  test('keys are unique and derived from the name when left out', async ({ assert }) => {
    const plan = await createPlan(planData({ key: undefined, name: 'Big Shop' }))
    assert.equal(plan.key, 'big-shop')
    await assert.rejects(() => createPlan(planData({ key: 'big-shop' })), /validation/i)
    const sameKey = await Plan.query().where('key', 'big-shop')
    assert.lengthOf(sameKey, 1)
  })

  test('a module needs the modules it depends on in the same plan', async ({ assert }) => {
    try {
      await createPlan(planData({ key: 'broken', modules: ['beta'] }))
      assert.fail('expected a validation error')
    } catch (error) {
      assert.deepEqual((error as any).messages, [
        { field: 'modules', message: 'Beta needs Alpha: include it too.', rule: 'custom' },
      ])
    }
    assert.isNull(await Plan.findBy('key', 'broken'))
  })
})

test.group('Plan validator', () => {
  test('accepts a plan with empty limits as unlimited', async ({ assert }) => {
    const data = await planValidator.validate({
      name: 'Open',
      currency: 'eur',
      monthly_price: '19.5',
      yearly_price: '195',
      trial_days: '7',
      modules: ['storefront'],
      limits: { products: null, staff_seats: '3' },
      is_public: 'true',
      is_default: false,
      sort_order: 1,
    })
    assert.equal(data.currency, 'EUR')
    assert.equal(data.monthly_price, 19.5)
    assert.isNull(data.limits?.products)
    assert.equal(data.limits?.staff_seats, 3)
    assert.isUndefined(data.key)
  })

  test('an unticked box means no: no modules, no limits, not public, not the default', async ({
    assert,
  }) => {
    const data = await planValidator.validate({
      name: 'Bare',
      currency: 'EUR',
      monthly_price: 0,
      yearly_price: 0,
      trial_days: 0,
      sort_order: 0,
    })
    const plan = await createPlan(data)
    const stored = await Plan.findOrFail(plan.id)
    assert.deepEqual(stored.modules, [])
    assert.deepEqual(stored.limits, {})
    assert.isFalse(stored.isPublic)
    assert.isFalse(stored.isDefault)
  })

  test('refuses unknown modules, negative limits and odd prices with clear messages', async ({
    assert,
  }) => {
    try {
      await planValidator.validate({
        key: 'Bad Key',
        name: '',
        currency: 'euro',
        monthly_price: '9.999',
        yearly_price: -1,
        trial_days: 400,
        modules: ['storefront', 'teleport'],
        limits: { products: -5, stream_hours: 1.5 },
        is_public: true,
        is_default: false,
        sort_order: 0,
      })
      assert.fail('expected validation errors')
    } catch (error) {
      const messages = Object.fromEntries(
        ((error as any).messages as { field: string; message: string }[]).map((entry) => [
          entry.field,
          entry.message,
        ])
      )
      assert.equal(
        messages.key,
        'The key may only contain lower-case letters, digits, dashes and underscores.'
      )
      assert.equal(messages.name, 'Enter a name for the plan.')
      assert.equal(messages.currency, 'The currency must be a three-letter code such as EUR.')
      assert.equal(messages.monthly_price, 'The monthly price can have at most 2 decimals.')
      assert.equal(messages.yearly_price, 'The yearly price must be at least 0.')
      assert.equal(messages.trial_days, 'Trial days must be at most 365.')
      assert.equal(messages['modules.1'], 'Choose modules from the list.')
      assert.equal(messages['limits.products'], 'The product limit must be at least 0.')
      assert.equal(
        messages['limits.stream_hours'],
        'The live-stream hour limit must be a whole number.'
      )
    }
  })
})
