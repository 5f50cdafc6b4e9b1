import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import env from '#start/env'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { startStripeServer } from '#tests/support/fakes/stripe_server'
import Cart from '#modules/storefront/models/cart'
import Order from '#modules/storefront/models/order'
import { saveShopState } from '#modules/storefront/settings/shop_settings'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import {
  enableManualPayments,
  makeApiShop,
  makeShippingRate,
} from '#modules/storefront/tests/support/api_factories'

const address = {
  name: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'gb',
}

test.group('Storefront API: carts', () => {
  test('creates a cart, adds, changes and removes lines', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 5 })
    const balm = await makeProduct(tenant, { name: 'Lip Balm', priceMinor: 800 })

    const created = await client
      .post('/api/v1/carts')
      .bearerToken(token)
      .json({ items: [{ variantId: serum.variants[0].id, quantity: 2 }] })
    created.assertStatus(201)
    const cart = created.body().data
    assert.equal(cart.currency, 'GBP')
    assert.equal(cart.subtotalMinor, 4800)
    assert.deepInclude(cart.lines[0], { name: 'Glow Serum', quantity: 2, available: 5 })

    const added = await client
      .post(`/api/v1/carts/${cart.id}/items`)
      .bearerToken(token)
      .json({ variantId: balm.variants[0].id, quantity: 1 })
    added.assertStatus(200)
    assert.equal(added.body().data.subtotalMinor, 5600)

    const changed = await client
      .patch(`/api/v1/carts/${cart.id}/items/${serum.variants[0].id}`)
      .bearerToken(token)
      .json({ quantity: 3 })
    changed.assertStatus(200)
    assert.equal(changed.body().data.itemCount, 4)

    const removed = await client
      .delete(`/api/v1/carts/${cart.id}/items/${balm.variants[0].id}`)
      .bearerToken(token)
    removed.assertStatus(200)
    assert.deepEqual(
      removed.body().data.lines.map((line: any) => line.name),
      ['Glow Serum']
    )

    const shown = await client.get(`/api/v1/carts/${cart.id}`).bearerToken(token)
    shown.assertStatus(200)
    assert.equal(shown.body().data.subtotalMinor, 7200)

    const zero = await client
      .patch(`/api/v1/carts/${cart.id}/items/${serum.variants[0].id}`)
      .bearerToken(token)
      .json({ quantity: 0 })
    assert.equal(zero.body().data.itemCount, 0)
  })

  test('refuses bad input and what is not for sale or not in stock', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const serum = await makeProduct(tenant, { stock: 2 })
    const draft = await makeProduct(tenant, { status: 'draft' })
    const created = await client.post('/api/v1/carts').bearerToken(token).json({})
    created.assertStatus(201)
    const cartId = created.body().data.id
    const add = (body: unknown) =>
      client
        .post(`/api/v1/carts/${cartId}/items`)
        .bearerToken(token)
        .json(body as object)

    const bad = await add({ variantId: 'nope', quantity: 1.5 })
    bad.assertStatus(422)
    assert.sameMembers(
      bad.body().errors.map((error: any) => error.field),
      ['variantId', 'quantity']
    )
    const tooMany = await add({ variantId: serum.variants[0].id, quantity: 3 })
    tooMany.assertStatus(409)
    assert.deepEqual(tooMany.body(), { errors: [{ message: `Only 2 of ${serum.name} are left.` }] })
    const notForSale = await add({ variantId: draft.variants[0].id, quantity: 1 })
    notForSale.assertStatus(409)
    assert.equal(notForSale.body().errors[0].message, 'This product is not for sale.')

    const negative = await client
      .patch(`/api/v1/carts/${cartId}/items/${serum.variants[0].id}`)
      .bearerToken(token)
      .json({ quantity: -1 })
    negative.assertStatus(422)
    const notInCart = await client
      .patch(`/api/v1/carts/${cartId}/items/${serum.variants[0].id}`)
      .bearerToken(token)
      .json({ quantity: 1 })
    notInCart.assertStatus(404)

    const badItems = await client
      .post('/api/v1/carts')
      .bearerToken(token)
      .json({ items: [{ variantId: serum.variants[0].id, quantity: 1000 }] })
    badItems.assertStatus(422)
    assert.equal(badItems.body().errors[0].field, 'items.0.quantity')

    const unknown = await client.get(`/api/v1/carts/${randomUUID()}`).bearerToken(token)
    unknown.assertStatus(404)
    const carts = await withTenant(tenant.id, () => Cart.query())
    assert.lengthOf(carts, 1)
  })
})

test.group('Storefront API: checkout', () => {
  test('a cart checked out with bank transfer becomes a pending order', async ({
    client,
    assert,
  }) => {
    const { tenant, token } = await makeApiShop()
    await enableManualPayments(tenant)
    const rate = await makeShippingRate(tenant, { priceMinor: 495 })
    const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 3 })
    const cart = await client
      .post('/api/v1/carts')
      .bearerToken(token)
      .json({ items: [{ variantId: serum.variants[0].id, quantity: 2 }] })

    const started = await client
      .post('/api/v1/checkouts')
      .bearerToken(token)
      .json({ cartId: cart.body().data.id, email: 'ada@example.com', shippingAddress: address })
    started.assertStatus(201)
    const checkout = started.body().data
    assert.equal(checkout.status, 'open')
    assert.equal(checkout.shippingAddress.country, 'GB')
    assert.equal(checkout.subtotalMinor, 4800)
    assert.deepInclude(
      checkout.shippingRates.map((option: any) => [option.id, option.priceMinor]),
      [rate.id, 495]
    )
    assert.sameMembers(
      checkout.paymentMethods.map((option: any) => option.method),
      ['bank_transfer', 'cash_on_delivery']
    )
    assert.sameMembers(Object.keys(checkout.missing), [
      'customerName',
      'shippingRateId',
      'paymentMethod',
    ])

    const early = await client
      .post(`/api/v1/checkouts/${checkout.id}/order`)
      .bearerToken(token)
      .json({})
    early.assertStatus(422)
    assert.sameMembers(
      early.body().errors.map((error: any) => error.field),
      ['customerName', 'shippingRateId', 'paymentMethod']
    )

    const updated = await client.patch(`/api/v1/checkouts/${checkout.id}`).bearerToken(token).json({
      customerName: 'Ada Lovelace',
      shippingRateId: rate.id,
      paymentMethod: 'bank_transfer',
    })
    updated.assertStatus(200)
    assert.deepEqual(updated.body().data.missing, {})
    assert.equal(updated.body().data.totalMinor, 4800 + 495)

    const placed = await client
      .post(`/api/v1/checkouts/${checkout.id}/order`)
      .bearerToken(token)
      .json({})
    placed.assertStatus(201)
    const { order, paymentUrl } = placed.body().data
    assert.isNull(paymentUrl)
    assert.deepInclude(order, {
      status: 'pending',
      paymentStatus: 'unpaid',
      paymentMethod: 'bank_transfer',
      totalMinor: 5295,
      source: 'api',
      email: 'ada@example.com',
    })
    assert.deepEqual(
      order.items.map((item: any) => [item.name, item.quantity]),
      [['Glow Serum', 2]]
    )

    const again = await client
      .post(`/api/v1/checkouts/${checkout.id}/order`)
      .bearerToken(token)
      .json({})
    again.assertStatus(200)
    assert.equal(again.body().data.order.id, order.id)
    const orders = await withTenant(tenant.id, () => Order.query())
    assert.lengthOf(orders, 1)

    const closed = await client
      .patch(`/api/v1/checkouts/${checkout.id}`)
      .bearerToken(token)
      .json({ customerName: 'Someone else' })
    closed.assertStatus(409)
  })

  test('refuses bad checkout input', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const serum = await makeProduct(tenant)
    const cart = await client
      .post('/api/v1/carts')
      .bearerToken(token)
      .json({ items: [{ variantId: serum.variants[0].id, quantity: 1 }] })
    const start = (body: object) => client.post('/api/v1/checkouts').bearerToken(token).json(body)

    const missingCart = await start({ email: 'ada@example.com' })
    missingCart.assertStatus(422)
    assert.equal(missingCart.body().errors[0].field, 'cartId')
    const unknownCart = await start({ cartId: randomUUID() })
    unknownCart.assertStatus(422)
    assert.deepEqual(unknownCart.body().errors[0], {
      field: 'cartId',
      message: 'There is no cart with this id.',
      rule: 'custom',
    })
    const bad = await start({
      cartId: cart.body().data.id,
      email: 'not an email',
      shippingAddress: { ...address, country: 'Great Britain', postalCode: '' },
      paymentMethod: 'cheque',
    })
    bad.assertStatus(422)
    assert.sameMembers(
      bad.body().errors.map((error: any) => error.field),
      ['email', 'shippingAddress.country', 'shippingAddress.postalCode', 'paymentMethod']
    )

    const empty = await client.post('/api/v1/carts').bearerToken(token).json({})
    const emptyCheckout = await start({ cartId: empty.body().data.id })
    emptyCheckout.assertStatus(409)
    assert.equal(emptyCheckout.body().errors[0].message, 'Your cart is empty.')
  })

  test('with Stripe, placing the order returns the Stripe Checkout URL', async ({
    client,
    assert,
  }) => {
    const stripe = await startStripeServer()
    const previous = { key: env.get('STRIPE_SECRET_KEY'), base: env.get('STRIPE_API_BASE') }
    env.set('STRIPE_SECRET_KEY', 'sk_test_storefront_api')
    env.set('STRIPE_API_BASE', stripe.url)
    try {
      const { tenant, token } = await makeApiShop()
      const account = stripe.addAccount({ country: 'GB' })
      await withTenant(tenant.id, () =>
        saveShopState({
          stripe: {
            accountId: account.id,
            chargesEnabled: true,
            payoutsEnabled: true,
            detailsSubmitted: true,
          },
        })
      )
      const rate = await makeShippingRate(tenant, { priceMinor: 0 })
      const serum = await makeProduct(tenant, { priceMinor: 2400 })
      const cart = await client
        .post('/api/v1/carts')
        .bearerToken(token)
        .json({ items: [{ variantId: serum.variants[0].id, quantity: 1 }] })
      const started = await client.post('/api/v1/checkouts').bearerToken(token).json({
        cartId: cart.body().data.id,
        email: 'ada@example.com',
        customerName: 'Ada Lovelace',
        shippingAddress: address,
        shippingRateId: rate.id,
        paymentMethod: 'stripe',
      })
      started.assertStatus(201)
      assert.deepEqual(started.body().data.missing, {})
      const placed = await client
        .post(`/api/v1/checkouts/${started.body().data.id}/order`)
        .bearerToken(token)
        .json({
          successUrl: 'https://app.example.com/thanks',
          cancelUrl: 'https://app.example.com/cart',
        })
      placed.assertStatus(201)
      const { order, paymentUrl } = placed.body().data
      assert.equal(order.paymentMethod, 'stripe')
      assert.equal(order.paymentStatus, 'unpaid')
      assert.match(paymentUrl, /^http/)
      const [session] = stripe.requestsTo('POST /v1/checkout/sessions')
      assert.equal(session.headers.stripeAccount, account.id)
      assert.equal(session.body.success_url, 'https://app.example.com/thanks')
      const lines = session.body.line_items as { price_data: { unit_amount: string } }[]
      assert.equal(lines[0].price_data.unit_amount, '2400')
    } finally {
      env.set('STRIPE_SECRET_KEY', previous.key ?? '')
      env.set('STRIPE_API_BASE', previous.base ?? '')
      await stripe.close()
    }
  })
})
