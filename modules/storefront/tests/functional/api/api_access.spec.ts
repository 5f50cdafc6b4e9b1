import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import Tenant from '#kernel/tenancy/models/tenant'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Cart from '#modules/storefront/models/cart'
import CartItem from '#modules/storefront/models/cart_item'
import Product from '#modules/storefront/models/product'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/order_factories'
import { makeApiShop, makeApiToken } from '#modules/storefront/tests/support/api_factories'

test.group('Storefront API: tokens and scopes', () => {
  test('no token, a malformed, unknown, revoked or expired token: 401', async ({
    client,
    assert,
  }) => {
    const { tenant, token } = await makeApiShop()
    const expiring = await Tenant.apiTokens.create(tenant, ['catalog:read'])
    await db
      .from('api_tokens')
      .where('id', Number(expiring.identifier))
      .update({ expires_at: new Date(Date.now() - 1000) })
    const expired = expiring.value!.release()
    const revoked = await Tenant.apiTokens.create(tenant, ['catalog:read'])
    await Tenant.apiTokens.delete(tenant, revoked.identifier)

    const attempts = [
      client.get('/api/v1/products'),
      client.get('/api/v1/products').header('authorization', 'Basic abc'),
      client.get('/api/v1/products').bearerToken('wrc_nonsense'),
      client.get('/api/v1/products').bearerToken(`${token}x`),
      client.get('/api/v1/products').bearerToken(revoked.value!.release()),
      client.get('/api/v1/products').bearerToken(expired),
    ]
    for (const attempt of attempts) {
      const response = await attempt
      response.assertStatus(401)
      assert.deepEqual(response.body(), {
        errors: [
          { message: 'A valid API token is required: send it as "Authorization: Bearer <token>".' },
        ],
      })
    }
    ;(await client.get('/api/v1/products').bearerToken(token)).assertStatus(200)
  })

  test('a token without the scope an endpoint needs: 403', async ({ client, assert }) => {
    const { tenant } = await makeApiShop()
    const catalogOnly = await makeApiToken(tenant, ['catalog:read'])
    const ordersOnly = await makeApiToken(tenant, ['orders:read'])

    ;(await client.get('/api/v1/products').bearerToken(catalogOnly)).assertStatus(200)
    const orders = await client.get('/api/v1/orders').bearerToken(catalogOnly)
    orders.assertStatus(403)
    assert.deepEqual(orders.body(), {
      errors: [{ message: 'This API token does not have the "orders:read" scope.' }],
    })
    ;(await client.post('/api/v1/carts').bearerToken(catalogOnly).json({})).assertStatus(403)
    ;(await client.post('/api/v1/checkouts').bearerToken(ordersOnly).json({})).assertStatus(403)
    ;(await client.get('/api/v1/categories').bearerToken(ordersOnly)).assertStatus(403)
    const carts = await withTenant(tenant.id, () => Cart.query())
    assert.lengthOf(carts, 0)
  })

  test('each token has its own rate limit', async ({ client, assert }) => {
    const previous = env.get('API_RATE_LIMIT_PER_MINUTE')
    env.set('API_RATE_LIMIT_PER_MINUTE', 3)
    try {
      const { tenant, token } = await makeApiShop()
      const other = await makeApiToken(tenant)
      for (let i = 0; i < 3; i++) {
        const response = await client.get('/api/v1/categories').bearerToken(token)
        response.assertStatus(200)
        response.assertHeader('x-ratelimit-remaining', String(2 - i))
      }
      const limited = await client.get('/api/v1/categories').bearerToken(token)
      limited.assertStatus(429)
      assert.match(limited.body().errors[0].message, /^Too many requests\. Try again in/)
      assert.isAbove(Number(limited.header('retry-after')), 0)
      ;(await client.get('/api/v1/categories').bearerToken(other)).assertStatus(200)
    } finally {
      env.set('API_RATE_LIMIT_PER_MINUTE', previous ?? 600)
    }
  })

  test('with the storefront module off, every API route answers 404', async ({
    client,
    assert,
  }) => {
    const { tenant, token } = await makeApiShop()
    const product = await makeProduct(tenant)
    ;(await client.get('/api/v1/products').bearerToken(token)).assertStatus(200)
    await withTenant(tenant.id, () => disableModule('storefront', { actor: null }))

    const responses = await Promise.all([
      client.get('/api/v1/products').bearerToken(token),
      client.get(`/api/v1/products/${product.id}`).bearerToken(token),
      client.get('/api/v1/categories').bearerToken(token),
      client.post('/api/v1/carts').bearerToken(token).json({}),
      client.post('/api/v1/checkouts').bearerToken(token).json({}),
      client.get('/api/v1/orders').bearerToken(token),
    ])
    for (const response of responses) {
      response.assertStatus(404)
      assert.deepEqual(response.body(), { errors: [{ message: 'Not found.' }] })
    }
  })
})

test.group('Storefront API: malformed requests', () => {
  test('a body that is not JSON, or JSON of the wrong shape, is a 4xx, never a 500', async ({
    client,
    assert,
  }) => {
    const { token } = await makeApiShop()
    const broken = await fetch(`${env.get('APP_URL')}/api/v1/carts`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"items": [',
    })
    assert.equal(broken.status, 400)
    const error = (await broken.json()) as { errors: { message: string }[] }
    assert.isString(error.errors[0].message)

    for (const body of [[1, 2], 'text', { items: 'many' }, { items: [null] }]) {
      const response = await client
        .post('/api/v1/carts')
        .bearerToken(token)
        .json(body as object)
      assert.equal(response.status(), 422, JSON.stringify(body))
    }
    const odd = await client.get('/api/v1/products?limit[]=3&cursor[a]=b&q=%00').bearerToken(token)
    assert.include([200, 422], odd.status())
  })
})

test.group('Storefront API: cross-tenant', () => {
  test("a token of one workspace never reads or changes another workspace's records", async ({
    client,
    assert,
  }) => {
    const mine = await makeApiShop()
    const theirs = await makeApiShop()
    const theirProduct = await makeProduct(theirs.tenant, {
      name: 'Their Serum',
      slug: 'their-serum',
    })
    const theirOrder = await makeOrder(theirs.tenant, {
      lines: [{ variant: theirProduct.variants[0], quantity: 1 }],
    })
    const theirCart = await client
      .post('/api/v1/carts')
      .bearerToken(theirs.token)
      .json({ items: [{ variantId: theirProduct.variants[0].id, quantity: 1 }] })
    const theirCartId = theirCart.body().data.id
    const theirCheckout = await client
      .post('/api/v1/checkouts')
      .bearerToken(theirs.token)
      .json({ cartId: theirCartId })
    theirCheckout.assertStatus(201)
    const theirCheckoutId = theirCheckout.body().data.id

    const list = await client.get('/api/v1/products').bearerToken(mine.token)
    assert.deepEqual(list.body().data, [])
    const orders = await client.get('/api/v1/orders').bearerToken(mine.token)
    assert.deepEqual(orders.body().data, [])

    const variantId = theirProduct.variants[0].id
    const notFound = [
      client.get(`/api/v1/products/${theirProduct.id}`).bearerToken(mine.token),
      client.get('/api/v1/products/their-serum').bearerToken(mine.token),
      client.get(`/api/v1/orders/${theirOrder.id}`).bearerToken(mine.token),
      client.get(`/api/v1/carts/${theirCartId}`).bearerToken(mine.token),
      client
        .post(`/api/v1/carts/${theirCartId}/items`)
        .bearerToken(mine.token)
        .json({ variantId, quantity: 1 }),
      client
        .patch(`/api/v1/carts/${theirCartId}/items/${variantId}`)
        .bearerToken(mine.token)
        .json({ quantity: 5 }),
      client.delete(`/api/v1/carts/${theirCartId}/items/${variantId}`).bearerToken(mine.token),
      client.get(`/api/v1/checkouts/${theirCheckoutId}`).bearerToken(mine.token),
      client
        .patch(`/api/v1/checkouts/${theirCheckoutId}`)
        .bearerToken(mine.token)
        .json({ email: 'thief@example.com' }),
      client.post(`/api/v1/checkouts/${theirCheckoutId}/order`).bearerToken(mine.token).json({}),
    ]
    for (const request of notFound) {
      const response = await request
      response.assertStatus(404)
      assert.deepEqual(response.body(), { errors: [{ message: 'Not found.' }] })
    }

    const myCart = await client.post('/api/v1/carts').bearerToken(mine.token).json({})
    const foreignVariant = await client
      .post(`/api/v1/carts/${myCart.body().data.id}/items`)
      .bearerToken(mine.token)
      .json({ variantId, quantity: 1 })
    foreignVariant.assertStatus(409)
    const foreignCheckout = await client
      .post('/api/v1/checkouts')
      .bearerToken(mine.token)
      .json({ cartId: theirCartId })
    foreignCheckout.assertStatus(422)

    await withTenant(theirs.tenant.id, async () => {
      const items = await CartItem.query().where('cart_id', theirCartId)
      assert.deepEqual(
        items.map((item) => item.quantity),
        [1]
      )
      const product = await Product.findOrFail(theirProduct.id)
      assert.equal(product.name, 'Their Serum')
    })
    const check = await client.get(`/api/v1/checkouts/${theirCheckoutId}`).bearerToken(theirs.token)
    assert.isNull(check.body().data.email)
  })
})
