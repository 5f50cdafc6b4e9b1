import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import StaffNotification from '#kernel/notifications/staff_notification'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import { startSmtpServer } from '#tests/support/smtp_server'
import Order from '#modules/storefront/models/order'
import { orderConfirmationUrl, placeOrder } from '#modules/storefront/orders/place_order'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import {
  BANK_INSTRUCTIONS,
  configureShop,
  makeShipping,
  readyCheckout,
  variantStock,
} from '#modules/storefront/tests/support/checkout_factories'

const ADDRESS_FORM = {
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
}

async function shop(slug: string) {
  const { tenant, owner } = await makeShop({ slug, name: 'Lumen Skin' })
  await configureShop(tenant)
  const [standard] = await makeShipping(tenant, {
    rates: [
      { name: 'Standard', priceMinor: 395 },
      { name: 'Express', priceMinor: 895 },
    ],
  })
  const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 5 })
  return { tenant, owner, serum, standard }
}

async function guestCart(client: ApiClient, slug: string, variantId: string) {
  const added = await client
    .post(`/s/${slug}/cart/items`)
    .json({ variantId, quantity: 2 })
    .accept('json')
    .withCsrfToken()
  return added.cookie('cart')!.value as string
}

function orderCount(tenantId: string) {
  return withTenant(tenantId, async () => {
    const rows = await Order.query().count('* as total')
    return Number(rows[0].$extras.total)
  })
}

test.group('Storefront: checkout over HTTP', () => {
  test('a guest checks out with a bank transfer, sees the confirmation and gets the email', async ({
    client,
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    const { tenant, owner, serum, standard } = await shop('lumen')
    const cartId = await guestCart(client, 'lumen', serum.variants[0].id)

    const page = await client.get('/s/lumen/checkout').cookie('cart', cartId).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('storefront/checkout/show')
    assert.equal(page.inertiaProps.quote.totals.subtotalMinor, 4800)
    assert.deepEqual(
      page.inertiaProps.quote.paymentOptions.map((option: { method: string }) => option.method),
      ['bank_transfer', 'cash_on_delivery']
    )
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 5, reserved: 2 })

    const badCode = await client
      .put('/s/lumen/checkout')
      .json({ discountCode: 'NOPE' })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    badCode.assertStatus(422)
    assert.deepInclude(badCode.body().errors[0], {
      field: 'discountCode',
      message: 'This discount code does not exist.',
    })

    const incomplete = await client
      .post('/s/lumen/checkout/place')
      .json({ email: 'not-an-email', shippingAddress: { city: 'London' } })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    incomplete.assertStatus(422)
    const fields = incomplete.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, [
      'email',
      'customerName',
      'shippingAddress.line1',
      'shippingAddress.postalCode',
      'shippingAddress.country',
      'paymentMethod',
    ])
    const notOffered = await client
      .post('/s/lumen/checkout/place')
      .json({
        email: 'ada@example.com',
        customerName: 'Ada Lovelace',
        shippingAddress: ADDRESS_FORM,
        shippingRateId: standard.id,
        paymentMethod: 'stripe',
      })
      .cookie('cart', cartId)
      .accept('json')
      .withCsrfToken()
    notOffered.assertStatus(422)
    assert.deepInclude(notOffered.body().errors[0], {
      field: 'paymentMethod',
      message: 'Choose how you want to pay.',
    })
    assert.equal(await orderCount(tenant.id), 0)

    const placed = await client
      .post('/s/lumen/checkout/place')
      .form({
        'email': 'ada@example.com',
        'customerName': 'Ada Lovelace',
        'shippingAddress[line1]': ADDRESS_FORM.line1,
        'shippingAddress[city]': ADDRESS_FORM.city,
        'shippingAddress[postalCode]': ADDRESS_FORM.postalCode,
        'shippingAddress[country]': 'gb',
        'shippingRateId': standard.id,
        'paymentMethod': 'bank_transfer',
      })
      .cookie('cart', cartId)
      .withCsrfToken()
      .redirects(0)
    placed.assertStatus(302)
    const order = await withTenant(tenant.id, () => Order.query().firstOrFail())
    placed.assertHeader('location', `/s/lumen/orders/${order.id}/confirmation`)
    assert.equal(order.totalMinor, 4800 + 395)
    assert.equal(order.shippingMethod, 'Standard')
    assert.equal(order.shippingAddress.country, 'GB')
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 3, reserved: 0 })

    const confirmation = await client
      .get(`/s/lumen/orders/${order.id}/confirmation`)
      .withSession(placed.session())
      .withInertia()
    confirmation.assertStatus(200)
    confirmation.assertInertiaComponent('storefront/checkout/confirmation')
    assert.equal(confirmation.inertiaProps.order.number, 1001)
    assert.equal(confirmation.inertiaProps.bankInstructions, BANK_INSTRUCTIONS)
    const emptyCart = await client.get('/s/lumen/cart').cookie('cart', cartId).withInertia()
    assert.equal(emptyCart.inertiaProps.cart.itemCount, 0)

    const notification = await withTenant(tenant.id, () =>
      StaffNotification.query().where('user_id', owner.id).where('kind', 'storefront.order_placed')
    )
    assert.lengthOf(notification, 1)
    assert.equal(notification[0].title, 'New order #1001')

    await runQueuedJobs()
    const mails = smtp.received.filter((mail) => mail.subject?.includes('#1001'))
    assert.lengthOf(mails, 1)
    const [mail] = mails
    assert.equal(mail.subject, 'Thank you for your order #1001')
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.text : '', 'ada@example.com')
    const text = String(mail.text)
    assert.include(text, 'Glow Serum × 2')
    assert.include(text, BANK_INSTRUCTIONS)
    assert.include(text, 'Total: £51.95')
    const html = String(mail.html)
    assert.include(html, tenant.brandColor)
    assert.include(html, BANK_INSTRUCTIONS)
    assert.include(html, 'Hi Ada Lovelace, we have received your order.')
    const link = text.match(/https?:\/\/\S+\/confirmation\S*/)![0]
    const fromMail = await client.get(new URL(link).pathname + new URL(link).search).withInertia()
    fromMail.assertStatus(200)
  })

  test('only the buyer sees a confirmation; other shops never do', async ({ client, assert }) => {
    const a = await shop('shop-a')
    await shop('shop-b')
    const ada = await makeCustomer(a.tenant.id, 'ada@example.com')
    const grace = await makeCustomer(a.tenant.id, 'grace@example.com')
    const order = await withTenant(a.tenant.id, async () => {
      const checkout = await readyCheckout([{ variantId: a.serum.variants[0].id, quantity: 1 }], {
        customerId: ada.id,
        shippingRateId: a.standard.id,
      })
      return placeOrder({ checkoutId: checkout.id, source: 'web' })
    })
    const path = `/s/shop-a/orders/${order.id}/confirmation`
    const signed = new URL(orderConfirmationUrl(a.tenant, order.id))

    ;(await client.get(path)).assertStatus(404)
    ;(await client.get(path).withGuard('customer').loginAs(grace)).assertStatus(404)
    ;(await client.get(path).withGuard('customer').loginAs(ada)).assertStatus(200)
    ;(await client.get(`${signed.pathname}${signed.search}`)).assertStatus(200)
    ;(await client.get(`${path}?signature=forged`)).assertStatus(404)
    ;(await client.get('/s/shop-a/orders/not-an-id/confirmation')).assertStatus(404)

    const viaB = `/s/shop-b/orders/${order.id}/confirmation`
    ;(await client.get(viaB).withSession({ storefront_orders: [order.id] })).assertStatus(404)
    ;(await client.get(`${viaB}${signed.search}`)).assertStatus(404)
    ;(
      await client
        .post(`/s/shop-b/orders/${order.id}/pay`)
        .withSession({ storefront_orders: [order.id] })
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(404)
    assert.equal(await orderCount(a.tenant.id), 1)
  })

  test('a signed-in customer checks out with their details filled in', async ({
    client,
    assert,
  }) => {
    const { tenant, serum, standard } = await shop('lumen')
    const ada = await makeCustomer(tenant.id, 'ada@example.com')
    const added = await client
      .post('/s/lumen/cart/items')
      .json({ variantId: serum.variants[0].id, quantity: 1 })
      .withGuard('customer')
      .loginAs(ada)
      .accept('json')
      .withCsrfToken()
    const cartId = added.cookie('cart')!.value

    const page = await client
      .get('/s/lumen/checkout')
      .withGuard('customer')
      .loginAs(ada)
      .withInertia()
    assert.equal(page.inertiaProps.checkout.email, 'ada@example.com')
    assert.deepEqual(page.inertiaProps.customer, { name: 'Test Buyer', email: 'ada@example.com' })

    const placed = await client
      .post('/s/lumen/checkout/place')
      .json({
        email: 'ada@example.com',
        customerName: 'Ada Lovelace',
        shippingAddress: ADDRESS_FORM,
        shippingRateId: standard.id,
        paymentMethod: 'cash_on_delivery',
      })
      .withGuard('customer')
      .loginAs(ada)
      .withCsrfToken()
      .redirects(0)
    placed.assertStatus(302)
    const order = await withTenant(tenant.id, () => Order.query().firstOrFail())
    assert.equal(order.customerId, ada.id)
    assert.equal(order.paymentMethod, 'cash_on_delivery')
    const again = await client.get('/s/lumen/cart').cookie('cart', cartId).withInertia()
    assert.equal(again.inertiaProps.cart.itemCount, 0)
  })

  test('with nothing in the cart, the checkout sends the shopper back to the cart', async ({
    client,
  }) => {
    await shop('lumen')
    const response = await client.get('/s/lumen/checkout').redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/s/lumen/cart')
    const place = await client
      .post('/s/lumen/checkout/place')
      .json({
        email: 'ada@example.com',
        customerName: 'Ada Lovelace',
        shippingAddress: ADDRESS_FORM,
        paymentMethod: 'bank_transfer',
      })
      .withCsrfToken()
      .redirects(0)
    place.assertStatus(302)
    place.assertHeader('location', '/s/lumen/cart')
  })
})
