import { test } from '@japa/runner'
import { createPlan } from '#kernel/billing/plans/plan_service'
import { seedPlans } from '#tests/support/billing_factories'

test.group('Landing page pricing', () => {
  test('lists the public plans in order with prices, modules and main limits', async ({
    client,
    assert,
  }) => {
    await seedPlans()
    await createPlan({
      key: 'partner',
      name: 'Partner',
      currency: 'EUR',
      monthly_price: 0,
      yearly_price: 0,
      trial_days: 0,
      modules: ['storefront'],
      limits: {},
      is_public: false,
      is_default: false,
      sort_order: 0,
    })

    const page = await client.get('/').withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('site/landing')
    const plans = page.inertiaProps.plans as Record<string, any>[]
    assert.deepEqual(
      plans.map((plan) => plan.name),
      ['Starter', 'Growth', 'Scale'],
      'the hidden plan is not offered'
    )
    const [starter, growth, scale] = plans
    assert.deepInclude(starter, {
      key: 'starter',
      currency: 'EUR',
      monthlyPriceMinor: 2900,
      yearlyPriceMinor: 29000,
      trialDays: 14,
      isDefault: false,
      modules: ['Storefront'],
    })
    assert.include(starter.limits, '100 products')
    assert.include(starter.limits, '2 staff seats')
    assert.include(starter.limits, '1 GB storage')
    assert.isTrue(growth.isDefault)
    assert.include(growth.limits, '5 staff seats')
    assert.include(scale.limits, 'Unlimited products')
    assert.notInclude(
      starter.limits.join(' '),
      'AI messages',
      'limits of modules this platform lacks are not advertised'
    )
  })

  test('the page renders the plans with a trial button to sign-up', async ({ client, assert }) => {
    await seedPlans()
    const response = await client.get('/')
    response.assertStatus(200)
    const html = response.text()
    for (const text of ['Starter', 'Growth', 'Scale', '€29', '€79', 'Start free trial']) {
      assert.include(html, text)
    }
    assert.include(html, 'href="/signup"')
  })

  test('before any plan exists the free trial is offered', async ({ client, assert }) => {
    const page = await client.get('/').withInertia()
    assert.deepEqual(page.inertiaProps.plans, [])
  })
})
