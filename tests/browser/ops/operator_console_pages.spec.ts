import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { DateTime } from 'luxon'
import Plan from '#kernel/billing/models/plan'
import StripeEvent from '#kernel/billing/models/stripe_event'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import { TEST_PASSWORD, makeWorkspace } from '#tests/support/factories'
import { makeOperator, makePlan, subscribe } from '#tests/functional/ops/ops_helpers'

const SHOTS = '/tmp/shots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Operator console pages in a browser', () => {
  test('plans, figures, suspension, the Stripe event log and settings', async ({
    visit,
    assert,
  }) => {
    const operator = await makeOperator({ name: 'Sam', email: 'sam@wrencos.test' })
    const growth = await makePlan({ name: 'Growth', monthlyPriceMinor: 4900, sortOrder: 2 })
    const { tenant } = await makeWorkspace({ name: 'Lumière', slug: 'lumiere' })
    await subscribe(tenant.id, growth, 'active')
    await StripeEvent.create({
      id: 'evt_unhandled_1',
      type: 'charge.refunded',
      account: null,
      stripeCreatedAt: DateTime.now(),
      payload: { id: 'evt_unhandled_1', type: 'charge.refunded', data: { object: {} } },
      status: 'failed',
      error: 'connect ECONNREFUSED',
      attempts: 1,
      receivedAt: DateTime.now(),
      processedAt: null,
    })

    const page = await visit('/login')
    await signIn(page, operator.email)
    await page.waitForURL((url) => url.pathname === '/ops/tenants')

    await page.getByRole('link', { name: 'Plans', exact: true }).click()
    await page.waitForURL('**/ops/plans')
    await page.getByRole('link', { name: 'New plan' }).click()
    await page.waitForURL('**/ops/plans/new')
    await page.locator('body[data-ready]').waitFor()
    await page.getByLabel('Name').fill('Starter')
    await page.getByLabel('Monthly price').fill('19')
    await page.getByLabel('Yearly price').fill('190')
    await page.getByLabel('Sort order').fill('1')
    await page.getByRole('checkbox', { name: 'Storefront' }).check()
    await page.getByLabel('Products').fill('100')
    await page.getByLabel('Staff seats').fill('3')
    await page.screenshot({ path: `${SHOTS}/ops-plan-form.png`, fullPage: true })
    await page.getByRole('button', { name: 'Create plan' }).click()
    await page.waitForURL((url) => url.pathname === '/ops/plans')
    await page.getByText('Starter is created.').waitFor()
    const starter = await Plan.findByOrFail('key', 'starter')
    assert.equal(starter.monthlyPriceMinor, 1900)
    assert.deepEqual(starter.modules, ['storefront'])
    assert.deepEqual(starter.limits, { products: 100, staff_seats: 3 })
    await page.screenshot({ path: `${SHOTS}/ops-plans.png`, fullPage: true })

    await page
      .getByRole('row', { name: /Starter/ })
      .getByRole('button', { name: 'Archive' })
      .click()
    await page
      .getByRole('dialog', { name: 'Archive Starter?' })
      .getByRole('button', { name: 'Archive' })
      .click()
    await page.getByText('Starter is archived: no longer offered.').waitFor()
    await starter.refresh()
    assert.isNotNull(starter.archivedAt)

    await page.getByRole('link', { name: 'Figures' }).click()
    await page.waitForURL('**/ops/figures')
    await page.getByRole('img', { name: /Monthly recurring revenue in EUR/ }).waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-figures.png`, fullPage: true })

    await page.getByRole('link', { name: 'Workspaces' }).click()
    await page.getByRole('link', { name: 'Lumière' }).click()
    await page.getByRole('button', { name: 'Suspend' }).click()
    const suspend = page.getByRole('dialog', { name: 'Suspend Lumière?' })
    await suspend.getByLabel('Reason').fill('Unpaid marketplace fees')
    await page.screenshot({ path: `${SHOTS}/ops-suspend-dialog.png` })
    await suspend.getByRole('button', { name: 'Suspend' }).click()
    await page.getByText('Lumière is suspended.').waitFor()
    await page.getByRole('button', { name: 'Lift suspension' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-suspended.png`, fullPage: true })
    await tenant.refresh()
    assert.equal(tenant.status, 'suspended')

    await page.getByRole('link', { name: 'Stripe events' }).click()
    await page.waitForURL('**/ops/stripe-events')
    await page.getByRole('link', { name: 'charge.refunded' }).click()
    await page.waitForURL('**/ops/stripe-events/evt_unhandled_1')
    await page.getByRole('button', { name: 'Replay' }).click()
    await page
      .getByRole('dialog', { name: 'Replay this event?' })
      .getByRole('button', { name: 'Replay' })
      .click()
    await page.getByText('Replayed evt_unhandled_1: ignored.').waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-stripe-event.png`, fullPage: true })
    const replayed = await StripeEvent.findOrFail('evt_unhandled_1')
    assert.equal(replayed.status, 'ignored')

    await page.getByRole('link', { name: 'Settings' }).click()
    await page.waitForURL('**/ops/settings')
    await page.getByLabel('Grace period (days)').fill('10')
    await page.getByRole('radio', { name: 'Shows a maintenance page' }).check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Settings saved.').waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-settings.png`, fullPage: true })
    assert.deepEqual(await billingSettings(), {
      graceDays: 10,
      restrictedStorefront: 'maintenance',
    })
  })
})
