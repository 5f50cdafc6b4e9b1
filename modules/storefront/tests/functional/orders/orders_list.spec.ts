import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeCustomer } from '#tests/support/factories'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/order_factories'

async function shopWithOrders() {
  const { tenant, owner } = await makeShop()
  const product = await makeProduct(tenant, { priceMinor: 1000, stock: 100 })
  const variant = product.variants[0]
  const customer = await makeCustomer(tenant.id, 'grace@example.com')
  const orders = {
    ada: await makeOrder(tenant, {
      email: 'ada@example.com',
      customerName: 'Ada Lovelace',
      lines: [{ variant, quantity: 1 }],
      placedAt: DateTime.now().minus({ days: 40 }),
    }),
    grace: await makeOrder(tenant, {
      email: 'grace@example.com',
      customerName: 'Grace Hopper',
      customerId: customer.id,
      status: 'paid',
      paymentStatus: 'paid',
      lines: [{ variant, quantity: 5 }],
      placedAt: DateTime.now().minus({ days: 3 }),
    }),
    linus: await makeOrder(tenant, {
      email: 'linus@example.com',
      customerName: 'Linus Pauling',
      status: 'fulfilled',
      paymentStatus: 'paid',
      fulfillmentStatus: 'fulfilled',
      lines: [{ variant, quantity: 2 }],
      placedAt: DateTime.now().minus({ days: 1 }),
    }),
  }
  return { tenant, owner, customer, orders }
}

const numbersOf = (response: { inertiaProps: any }) =>
  response.inertiaProps.orders.map((order: { number: number }) => order.number)

test.group('Storefront back office: order list', () => {
  test('lists orders newest first and filters them', async ({ client, assert }) => {
    const { tenant, owner, customer, orders } = await shopWithOrders()
    const base = `/app/${tenant.slug}/storefront/orders`
    const get = (qs = '') => client.get(`${base}${qs}`).loginAs(owner).withInertia()

    const all = await get()
    all.assertInertiaComponent('storefront/orders/index')
    assert.deepEqual(numbersOf(all), [orders.linus.number, orders.grace.number, orders.ada.number])
    assert.equal(all.inertiaProps.pagination.total, 3)

    assert.deepEqual(numbersOf(await get('?status=paid')), [orders.grace.number])
    assert.deepEqual(numbersOf(await get('?payment=unpaid')), [orders.ada.number])
    assert.deepEqual(numbersOf(await get('?fulfilment=fulfilled')), [orders.linus.number])
    assert.deepEqual(numbersOf(await get(`?customer=${customer.id}`)), [orders.grace.number])
    const recent = DateTime.now().minus({ days: 7 }).toISODate()
    assert.deepEqual(numbersOf(await get(`?from=${recent}`)), [
      orders.linus.number,
      orders.grace.number,
    ])
    const old = DateTime.now().minus({ days: 30 }).toISODate()
    assert.deepEqual(numbersOf(await get(`?to=${old}`)), [orders.ada.number])
    assert.deepEqual(numbersOf(await get('?min_total=2000&max_total=4000')), [orders.linus.number])
  })

  test('searches by number, email and name', async ({ client, assert }) => {
    const { tenant, owner, orders } = await shopWithOrders()
    const search = (q: string) =>
      client.get(`/app/${tenant.slug}/storefront/orders`).qs({ q }).loginAs(owner).withInertia()
    assert.deepEqual(numbersOf(await search(`#${orders.grace.number}`)), [orders.grace.number])
    assert.deepEqual(numbersOf(await search(String(orders.ada.number))), [orders.ada.number])
    assert.deepEqual(numbersOf(await search('LINUS@example')), [orders.linus.number])
    assert.deepEqual(numbersOf(await search('hopper')), [orders.grace.number])
    assert.deepEqual(numbersOf(await search('nobody')), [])
    assert.deepEqual(numbersOf(await search('100%_')), [])
  })

  test('paginates', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    for (let index = 0; index < 27; index++) {
      await makeOrder(tenant, { placedAt: DateTime.now().minus({ minutes: index }) })
    }
    const second = await client
      .get(`/app/${tenant.slug}/storefront/orders?page=2`)
      .loginAs(owner)
      .withInertia()
    assert.lengthOf(second.inertiaProps.orders, 2)
    assert.deepInclude(second.inertiaProps.pagination, { page: 2, lastPage: 2, total: 27 })
  })

  test('refuses bad filters with a message', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const response = await client
      .get(`/app/${tenant.slug}/storefront/orders?status=lost&from=yesterday&min_total=-5`)
      .loginAs(owner)
      .accept('json')
    response.assertStatus(422)
    const fields = response.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, ['status', 'from', 'min_total'])
    assert.match(JSON.stringify(response.body()), /the status/)
  })

  test('shows an order with its lines and timeline; employees cannot', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, orders } = await shopWithOrders()
    const response = await client
      .get(`/app/${tenant.slug}/storefront/orders/${orders.grace.id}`)
      .loginAs(owner)
      .withInertia()
    response.assertInertiaComponent('storefront/orders/show')
    const order = response.inertiaProps.order
    assert.equal(order.number, orders.grace.number)
    assert.equal(order.items[0].quantity, 5)
    assert.equal(order.shippingAddress.city, 'London')
    assert.isTrue(order.allowed.fulfil)
    assert.isFalse(order.allowed.markPaid)

    const employee = await addMember(tenant.id, 'employee')
    const forbidden = await client
      .get(`/app/${tenant.slug}/storefront/orders/${orders.grace.id}`)
      .loginAs(employee)
    forbidden.assertStatus(403)
    const missing = await client
      .get(`/app/${tenant.slug}/storefront/orders/not-a-uuid`)
      .loginAs(owner)
    missing.assertStatus(404)
  })

  test('staff of another workspace cannot see or change its orders', async ({ client, assert }) => {
    const { orders } = await shopWithOrders()
    const other = await makeShop()
    const base = `/app/${other.tenant.slug}/storefront/orders`
    const list = await client.get(base).loginAs(other.owner).withInertia()
    assert.deepEqual(list.inertiaProps.orders, [])

    const show = await client.get(`${base}/${orders.grace.id}`).loginAs(other.owner)
    show.assertStatus(404)
    const invoice = await client.get(`${base}/${orders.grace.id}/invoice.pdf`).loginAs(other.owner)
    invoice.assertStatus(404)
    for (const [action, body] of [
      ['mark-paid', {}],
      ['fulfil', { carrier: 'DHL', tracking_number: 'JD0001' }],
      ['deliver', {}],
      ['cancel', {}],
      ['refund', {}],
      ['notes', { note: 'hello' }],
    ] as const) {
      const response = await client
        .post(`${base}/${orders.grace.id}/${action}`)
        .json(body)
        .loginAs(other.owner)
        .accept('json')
        .withCsrfToken()
      response.assertStatus(404)
    }
  })

  test('every back-office page of this area answers 404 while the shop is switched off', async ({
    client,
  }) => {
    const { tenant, owner, orders, customer } = await shopWithOrders()
    await withTenant(tenant.id, () => disableModule('storefront', { actor: null }))
    const base = `/app/${tenant.slug}/storefront`
    for (const path of [
      '/orders',
      `/orders/${orders.grace.id}`,
      `/orders/${orders.grace.id}/invoice.pdf`,
      '/customers',
      `/customers/${customer.id}`,
      `/customers/${customer.id}/export.json`,
      '/discounts',
      '/shipping',
      '/taxes',
      '/settings',
    ]) {
      const response = await client.get(`${base}${path}`).loginAs(owner)
      response.assertStatus(404)
    }
    const refund = await client
      .post(`${base}/orders/${orders.grace.id}/refund`)
      .json({})
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    refund.assertStatus(404)
  })
})
