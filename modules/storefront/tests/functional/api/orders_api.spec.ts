import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/order_factories'
import { makeApiShop } from '#modules/storefront/tests/support/api_factories'

test.group('Storefront API: orders', () => {
  test('lists orders newest first with filters and a cursor', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const serum = await makeProduct(tenant, { stock: 20 })
    const first = await makeOrder(tenant, { lines: [{ variant: serum.variants[0], quantity: 1 }] })
    const second = await makeOrder(tenant, {
      status: 'paid',
      paymentStatus: 'paid',
      lines: [{ variant: serum.variants[0], quantity: 2 }],
    })
    const third = await makeOrder(tenant, { lines: [{ variant: serum.variants[0], quantity: 1 }] })

    const page1 = await client.get('/api/v1/orders?limit=2').bearerToken(token)
    page1.assertStatus(200)
    assert.deepEqual(
      page1.body().data.map((order: any) => order.number),
      [third.number, second.number]
    )
    const page2 = await client
      .get('/api/v1/orders')
      .qs({ limit: 2, cursor: page1.body().nextCursor })
      .bearerToken(token)
    assert.deepEqual(
      page2.body().data.map((order: any) => order.number),
      [first.number]
    )
    assert.isNull(page2.body().nextCursor)

    const paid = await client.get('/api/v1/orders?payment_status=paid').bearerToken(token)
    assert.deepEqual(
      paid.body().data.map((order: any) => order.id),
      [second.id]
    )
    const pending = await client.get('/api/v1/orders?status=pending').bearerToken(token)
    assert.lengthOf(pending.body().data, 2)
  })

  test('shows an order with its lines', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const serum = await makeProduct(tenant, { priceMinor: 2400 })
    const order = await makeOrder(tenant, {
      lines: [{ variant: serum.variants[0], name: 'Glow Serum', quantity: 2 }],
    })
    const response = await client.get(`/api/v1/orders/${order.id}`).bearerToken(token)
    response.assertStatus(200)
    const body = response.body().data
    assert.deepInclude(body, {
      id: order.id,
      number: order.number,
      email: 'ada@example.com',
      totalMinor: 4800,
      status: 'pending',
    })
    assert.equal(body.shippingAddress.city, 'London')
    assert.deepInclude(body.items[0], { name: 'Glow Serum', quantity: 2, unitPriceMinor: 2400 })

    ;(await client.get(`/api/v1/orders/${randomUUID()}`).bearerToken(token)).assertStatus(404)
    ;(await client.get('/api/v1/orders/not-a-uuid').bearerToken(token)).assertStatus(404)
  })

  test('refuses bad filters', async ({ client, assert }) => {
    const { token } = await makeApiShop()
    const response = await client
      .get('/api/v1/orders')
      .qs({ status: 'lost', limit: 500, cursor: '%%%' })
      .bearerToken(token)
    response.assertStatus(422)
    assert.sameMembers(
      response.body().errors.map((error: any) => error.field),
      ['status', 'limit']
    )
  })
})
