import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeCustomer } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import { startSmtpServer } from '#tests/support/smtp_server'
import Order from '#modules/storefront/models/order'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import {
  connectStripe,
  postWebhook,
  stripeFake,
} from '#modules/storefront/tests/support/stripe_factories'
import {
  BANK_INSTRUCTIONS,
  configureShop,
  makeShipping,
  makeTaxRate,
  variantStock,
} from '#modules/storefront/tests/support/checkout_factories'

const SHOTS = '/tmp/shots'

async function lumenShop() {
  const { tenant } = await makeShop({ slug: 'lumen', name: 'Lumen Skin' })
  await configureShop(tenant)
  await makeShipping(tenant, {
    rates: [
      { name: 'Standard delivery', priceMinor: 395, freeOverMinor: 5000 },
      { name: 'Express', priceMinor: 895 },
    ],
  })
  await makeTaxRate(tenant, 'GB', 2000)
  const serum = await makeProduct(tenant, {
    name: 'Glow Serum',
    slug: 'glow-serum',
    priceMinor: 2400,
    stock: 5,
  })
  return { tenant, serum }
}

async function addSerumToCart(page: Page) {
  await page.goto('/s/lumen/products/glow-serum')
  await page.locator('body[data-ready]').waitFor()
  const added = page.waitForResponse(
    (response) => response.url().endsWith('/cart/items') && response.request().method() === 'POST'
  )
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await added
  await page.goto('/s/lumen/cart')
  await page.locator('body[data-ready]').waitFor()
  await page.getByRole('cell', { name: 'Glow Serum', exact: true }).waitFor()
}

async function fillAddressAndPay(page: Page, prefix: string) {
  const main = page.locator('main')
  await main.locator('input[name="shippingAddress[line1]"]').fill('12 St James Square')
  await main.locator('input[name="shippingAddress[city]"]').fill('London')
  await main.locator('input[name="shippingAddress[postalCode]"]').fill('SW1Y 4JH')
  await page.getByRole('radio', { name: /Express/ }).check()
  await page.getByText('£8.95').last().waitFor()
  await page.getByRole('radio', { name: 'Bank transfer' }).check()
  await page.screenshot({ path: `${SHOTS}/${prefix}_checkout.png`, fullPage: true })
  await page.getByRole('button', { name: 'Place order' }).click()
  await page.waitForURL('**/orders/*/confirmation')
  await page.locator('body[data-ready]').waitFor()
}

test.group('Storefront checkout in a browser', () => {
  test('a guest buys with a bank transfer and gets the confirmation page and email', async ({
    visit,
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    const { tenant, serum } = await lumenShop()

    const page = await visit('/s/lumen')
    await addSerumToCart(page)
    await page.screenshot({ path: `${SHOTS}/guest_cart.png`, fullPage: true })
    await page.getByRole('link', { name: 'Check out' }).click()
    await page.waitForURL('**/s/lumen/checkout')
    await page.locator('body[data-ready]').waitFor()
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 5, reserved: 1 })

    await page.getByRole('button', { name: 'Place order' }).click()
    await page.getByText('Enter your email address.').waitFor()
    await page.screenshot({ path: `${SHOTS}/guest_checkout_errors.png`, fullPage: true })
    const main = page.locator('main')
    await main.locator('input[name="email"]').fill('ada@example.com')
    await main.locator('input[name="customerName"]').fill('Ada Lovelace')
    await fillAddressAndPay(page, 'guest')

    await page.getByRole('heading', { name: 'Thank you, Ada Lovelace!' }).waitFor()
    await page.getByText(BANK_INSTRUCTIONS).waitFor()
    await page.assertTextContains('[data-total]', '£32.95')
    await page.screenshot({ path: `${SHOTS}/guest_confirmation.png`, fullPage: true })

    const order = await withTenant(tenant.id, () => Order.query().firstOrFail())
    assert.deepInclude(order.serialize(), {
      email: 'ada@example.com',
      totalMinor: 2400 + 895,
      shippingMethod: 'Express',
      paymentMethod: 'bank_transfer',
      status: 'pending',
    })
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 4, reserved: 0 })

    await runQueuedJobs()
    const mail = smtp.received.find(
      (message) => message.subject === 'Thank you for your order #1001'
    )
    assert.exists(mail)
    assert.include(String(mail!.text), BANK_INSTRUCTIONS)
  })

  test('a signed-in customer buys with a bank transfer, details filled in for them', async ({
    visit,
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    const { tenant } = await lumenShop()
    const customer = await makeCustomer(tenant.id, 'grace@example.com')

    const page = await visit('/s/lumen/account/login')
    await page.locator('body[data-ready]').waitFor()
    await page.locator('main input[type="email"]').fill('grace@example.com')
    await page.locator('main input[type="password"]').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/s/lumen/account')

    await addSerumToCart(page)
    await page.getByRole('link', { name: 'Check out' }).click()
    await page.waitForURL('**/s/lumen/checkout')
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('Signed in as').waitFor()
    await page.assertInputValue('main input[name="email"]', 'grace@example.com')
    await page.locator('main input[name="customerName"]').fill('Grace Hopper')
    await fillAddressAndPay(page, 'customer')

    await page.getByRole('heading', { name: 'Thank you, Grace Hopper!' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/customer_confirmation.png`, fullPage: true })
    const order = await withTenant(tenant.id, () => Order.query().firstOrFail())
    assert.equal(order.customerId, customer.id)

    await runQueuedJobs()
    const mail = smtp.received.find(
      (message) => message.subject === 'Thank you for your order #1001'
    )
    assert.equal(mail?.to && !Array.isArray(mail.to) ? mail.to.text : '', 'grace@example.com')
  })

  test('a card payment goes through Stripe Checkout and shows as paid once confirmed', async ({
    visit,
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant } = await lumenShop()
    await connectStripe(fake, tenant)

    const page = await visit('/s/lumen')
    await page.setViewportSize({ width: 390, height: 844 })
    await addSerumToCart(page)
    await page.getByRole('link', { name: 'Check out' }).click()
    await page.waitForURL('**/s/lumen/checkout')
    await page.locator('body[data-ready]').waitFor()
    const main = page.locator('main')
    await main.locator('input[name="email"]').fill('ada@example.com')
    await main.locator('input[name="customerName"]').fill('Ada Lovelace')
    await main.locator('input[name="shippingAddress[line1]"]').fill('12 St James Square')
    await main.locator('input[name="shippingAddress[city]"]').fill('London')
    await main.locator('input[name="shippingAddress[postalCode]"]').fill('SW1Y 4JH')
    await page.getByRole('radio', { name: /Standard delivery/ }).check()
    await page.locator('[data-total]', { hasText: '£27.95' }).waitFor()
    await page.getByRole('radio', { name: 'Card (secure payment by Stripe)' }).check()
    await page.screenshot({ path: `${SHOTS}/card_checkout_mobile.png`, fullPage: true })
    await page.getByRole('button', { name: 'Continue to payment' }).click()

    await page.waitForURL(`${fake.url}/pay/**`)
    const order = await withTenant(tenant.id, () => Order.query().firstOrFail())
    assert.equal(new URL(page.url()).pathname, `/pay/${order.stripeCheckoutSessionId}`)
    assert.equal(order.paymentStatus, 'unpaid')

    const { body, headers } = fake.signedWebhook(
      fake.completeCheckout(order.stripeCheckoutSessionId!)
    )
    assert.equal((await postWebhook(body, headers)).status, 200)
    await page.goto(`/s/lumen/orders/${order.id}/confirmation?paid=1`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('Paid', { exact: true }).waitFor()
    await page.screenshot({ path: `${SHOTS}/card_confirmation_mobile.png`, fullPage: true })
  })
})
