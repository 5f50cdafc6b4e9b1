import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeCustomer } from '#tests/support/factories'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/shop_factories'
import Review from '#modules/storefront/models/review'

const SHOTS = '/tmp/shots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.getByRole('textbox', { name: 'Email' }).first().fill(email)
  await page.locator('input[type="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Storefront account in a browser', () => {
  test('a customer follows an order, saves an address and reviews what they bought', async ({
    visit,
    assert,
  }) => {
    const { tenant, owner } = await makeShop({ slug: 'rosa', name: 'Rosa Beauty' })
    const balm = await makeProduct(tenant, { name: 'Lip Balm', slug: 'lip-balm', priceMinor: 900 })
    const ana = await makeCustomer(tenant.id, 'ana@example.com')
    const order = await makeOrder(tenant, ana, balm, {
      carrier: 'Royal Mail',
      trackingNumber: 'RM123456GB',
    })

    const page = await visit('/s/rosa/account/login')
    await signIn(page, 'ana@example.com')
    await page.waitForURL('**/s/rosa/account')
    await page.locator('body[data-ready]').waitFor()
    await page.screenshot({ path: `${SHOTS}/account_overview.png`, fullPage: true })
    await page
      .getByRole('navigation', { name: 'Your account' })
      .getByRole('link', { name: 'Orders' })
      .click()
    await page.waitForURL('**/s/rosa/account/orders')
    await page.getByRole('link', { name: `#${order.number}` }).click()
    await page.getByRole('heading', { name: `Order #${order.number}` }).waitFor()
    await page.getByText('Royal Mail: RM123456GB').waitFor()
    await page.screenshot({ path: `${SHOTS}/account_order.png`, fullPage: true })

    await page.getByRole('link', { name: 'Addresses' }).click()
    await page.waitForURL('**/s/rosa/account/addresses')
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('button', { name: 'Add an address' }).click()
    await page.getByLabel('Full name').fill('Ana Silva')
    await page.locator('input[name="line1"]').fill('12 Rose Lane')
    await page.getByLabel('Postcode').fill('BS1 4DJ')
    await page.getByLabel('City').fill('Bristol')
    await page.getByLabel('Country code (e.g. GB)').fill('XYZ')
    await page.getByRole('button', { name: 'Save address' }).click()
    await page.getByText('Enter the two-letter country code, like GB or FR.').waitFor()
    await page.getByLabel('Country code (e.g. GB)').fill('GB')
    await page.getByRole('button', { name: 'Save address' }).click()
    await page.getByText('Address saved.').waitFor()
    await page.getByText('12 Rose Lane').waitFor()
    await page.screenshot({ path: `${SHOTS}/account_addresses.png`, fullPage: true })

    await page.goto(page.url().replace(/\/account\/addresses$/, '/products/lip-balm'))
    await page.locator('body[data-ready]').waitFor()
    await page.getByLabel('Your review').fill('Soft lips all winter, <b>love</b> it.')
    const fiveStars = await page.getByRole('radio', { name: '5 stars' }).getAttribute('id')
    await page.locator(`label[for="${fiveStars}"]`).click()
    await page.getByRole('button', { name: 'Send review' }).click()
    await page.getByText('Your review will appear once the shop has checked it.').waitFor()
    await page.screenshot({ path: `${SHOTS}/product_review_sent.png`, fullPage: true })

    const review = await withTenant(tenant.id, () => Review.firstOrFail())
    assert.equal(review.rating, 5)
    assert.isTrue(review.verifiedPurchase)
    assert.equal(review.status, 'pending')

    const staff = await visit('/app/rosa/storefront/reviews')
    await staff.getByText('Sign in to continue.').waitFor()
    await signIn(staff, owner.email)
    await staff.waitForURL('**/app/rosa/storefront/reviews')
    await staff.locator('body[data-ready]').waitFor()
    await staff.getByText('Soft lips all winter, <b>love</b> it.').waitFor()
    await staff.getByText('Verified purchase').waitFor()
    await staff.screenshot({ path: `${SHOTS}/reviews_moderation.png`, fullPage: true })
    await staff.getByRole('button', { name: 'Approve' }).click()
    await staff.getByText('The review is now on the product page.').waitFor()
    await staff.getByText('No review is waiting.').waitFor()

    await page.reload()
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('Soft lips all winter, <b>love</b> it.').waitFor()
    await page.screenshot({ path: `${SHOTS}/product_review_approved.png`, fullPage: true })
  })
})
