import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { createPlan } from '#kernel/billing/plans/plan_service'
import { TEST_PASSWORD, makeWorkspace } from '#tests/support/factories'
import { seedPlans, subscribeTenant } from '#tests/support/billing_factories'

const SHOTS = 'tmp/screenshots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Plans in a browser', () => {
  test('the landing page prices the public plans by month or year', async ({ visit }) => {
    await seedPlans()
    const page = await visit('/#pricing')
    await page.locator('body[data-ready]').waitFor()
    const growth = page.locator('[data-plan="growth"]')
    await growth.getByText('€79').waitFor()
    await growth.getByText('a month', { exact: true }).waitFor()
    await page.screenshot({ path: `${SHOTS}/pricing_monthly.png`, fullPage: true })
    await page.locator('label', { hasText: 'Yearly' }).click()
    await growth.getByText('€790').waitFor()
    await growth.getByText('a year', { exact: true }).waitFor()
    await growth.getByRole('link', { name: 'Start free trial' }).click()
    await page.waitForURL((url) => url.pathname === '/signup')
  })

  test('staff opening a module outside the plan see where to upgrade', async ({ visit }) => {
    await seedPlans()
    await createPlan({
      key: 'catalogue',
      name: 'Catalogue',
      currency: 'EUR',
      monthly_price: 9,
      yearly_price: 90,
      trial_days: 0,
      modules: [],
      limits: {},
      is_public: false,
      is_default: false,
      sort_order: 0,
    })
    const { tenant, owner } = await makeWorkspace({ slug: 'petal-shop' })
    await subscribeTenant(tenant.id, 'growth')
    await withTenant(tenant.id, () => enableModule('storefront', { actor: null }))
    await subscribeTenant(tenant.id, 'catalogue')

    const page = await visit('/app/petal-shop/storefront/products')
    await signIn(page, owner.email)
    await page.waitForURL((url) => url.pathname === '/app/petal-shop/storefront/products')
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('heading', { name: 'Storefront is not in your plan' }).waitFor()
    await page.getByText('Starter, Growth or Scale').waitFor()
    await page.screenshot({ path: `${SHOTS}/upgrade_page.png`, fullPage: true })
    await page.getByRole('link', { name: 'See plans and upgrade' }).click()
    await page.waitForURL((url) => url.pathname === '/app/petal-shop/settings/billing')

    await page.goto(`${new URL(page.url()).origin}/app/petal-shop/settings/modules`)
    await page.locator('body[data-ready]').waitFor()
    await page
      .locator('[data-module="storefront"]')
      .getByText('Available on Starter, Growth or Scale')
      .waitFor()
    await page.screenshot({ path: `${SHOTS}/modules_plan_column.png`, fullPage: true })
  })
})
