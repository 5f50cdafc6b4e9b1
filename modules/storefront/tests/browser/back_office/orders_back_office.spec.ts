import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import type { Page } from 'playwright'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { DEMO } from '#database/demo_credentials'
import { TEST_PASSWORD, makeWorkspace } from '#tests/support/factories'
import Discount from '#modules/storefront/models/discount'
import Order from '#modules/storefront/models/order'
import DemoCatalogSeeder from '#modules/storefront/database/seeders/demo_catalog'

const SHOTS = '/tmp/shots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function open(page: Page, url: string) {
  await page.goto(url)
  await page.locator('body[data-ready]').waitFor()
}

test.group('Storefront back office in a browser', () => {
  test('works an order through payment, shipping and refund; customers, discounts and settings', async ({
    visit,
    assert,
  }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace({
      slug: DEMO.workspaceSlug,
      name: DEMO.workspaceName,
    })
    await new DemoCatalogSeeder(db.connection()).run()
    const base = `/app/${tenant.slug}/storefront`
    const pending = await withTenant(tenant.id, () =>
      Order.query()
        .where('status', 'pending')
        .where('payment_method', 'bank_transfer')
        .orderBy('number')
        .firstOrFail()
    )

    const page = await visit(`${base}/orders`)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}/orders`)
    await page.locator('body[data-ready]').waitFor()
    await page
      .getByRole('link', { name: `#${pending.number}` })
      .first()
      .waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_orders.png`, fullPage: true })

    await page.getByLabel('Search').fill(String(pending.number))
    await page.getByRole('button', { name: 'Filter' }).click()
    await page.getByText('1 order', { exact: true }).waitFor()
    await page.getByRole('link', { name: `#${pending.number}` }).click()
    await page.waitForURL(`**${base}/orders/${pending.id}`)
    await page.locator('body[data-ready]').waitFor()

    await page.getByRole('button', { name: 'Mark as paid' }).click()
    await page.getByText(`Order #${pending.number} is marked as paid.`).waitFor()
    await page.getByRole('button', { name: 'Fulfil' }).click()
    await page.getByLabel('Carrier').fill('Colissimo')
    await page.getByLabel('Tracking number').fill('6A99887766554')
    await page.getByRole('button', { name: 'Mark as fulfilled' }).click()
    await page
      .getByText(`Order #${pending.number} is fulfilled; the customer was emailed.`)
      .waitFor()
    fake.mails.assertQueuedCount(1)

    await page.getByPlaceholder('Add a note for the team').fill('Customer asked for gift wrap')
    await page.getByRole('button', { name: 'Add note' }).click()
    await page.getByText('Customer asked for gift wrap').waitFor()

    await page.getByRole('button', { name: 'Refund' }).click()
    await page.getByLabel(/Amount to refund/).fill('5')
    await page.getByLabel('Reason (optional)').fill('Late delivery')
    await page.getByRole('dialog').getByRole('button', { name: 'Refund' }).click()
    await page.getByText(`Refund recorded on order #${pending.number}.`).waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_order_detail.png`, fullPage: true })
    const saved = await withTenant(tenant.id, () => Order.findOrFail(pending.id))
    assert.equal(saved.status, 'fulfilled')
    assert.equal(saved.refundedMinor, 500)
    assert.equal(saved.paymentStatus, 'partially_refunded')

    await open(page, `${base}/customers`)
    await page.getByRole('columnheader', { name: 'Total spent' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_customers.png`, fullPage: true })
    await page.locator('tbody a').first().click()
    await page.getByText('Total spent').waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_customer.png`, fullPage: true })

    await open(page, `${base}/discounts`)
    await page.getByRole('button', { name: 'New discount' }).click()
    await page.getByLabel('Code').fill('summer20')
    await page.getByLabel('Percent off').fill('20')
    await page.getByRole('button', { name: 'Create discount' }).click()
    await page.getByText('Discount SUMMER20 created.').waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_discounts.png`, fullPage: true })
    const discount = await withTenant(tenant.id, () => Discount.findByOrFail('code', 'SUMMER20'))
    assert.equal(discount.value, 2000)

    await open(page, `${base}/shipping`)
    await page.getByRole('heading', { name: 'Europe' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_shipping.png`, fullPage: true })
    await open(page, `${base}/taxes`)
    await page.getByText('Product prices include tax').waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_taxes.png`, fullPage: true })
    await open(page, `${base}/settings`)
    await page.getByLabel('Hero title').waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_settings_theme.png`, fullPage: true })
    await page.getByRole('tab', { name: 'Domain' }).click()
    await page.getByPlaceholder('shop.example.com').fill('shop.lumiere-beauty.example')
    await page.getByRole('button', { name: 'Save domain' }).click()
    await page.getByText('_wrencos-verification.shop.lumiere-beauty.example').waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_settings_domain.png`, fullPage: true })
    await page.getByRole('tab', { name: 'Payments' }).click()
    await page.getByText('Manual payment methods').waitFor()
    await page.screenshot({ path: `${SHOTS}/bo_settings_payments.png`, fullPage: true })
  }).timeout(120_000)
})
