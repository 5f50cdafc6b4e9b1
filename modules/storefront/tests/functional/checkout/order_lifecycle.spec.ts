import { test } from '@japa/runner'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import { startSmtpServer } from '#tests/support/smtp_server'
import OrderEvent from '#modules/storefront/models/order_event'
import { markOrderPaid } from '#modules/storefront/orders/mark_paid'
import { placeOrder } from '#modules/storefront/orders/place_order'
import { startCheckout } from '#modules/storefront/checkout/checkout_service'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { probeEvent } from '#modules/storefront/tests/support/event_probe'
import { configureShop, readyCheckout } from '#modules/storefront/tests/support/checkout_factories'

test.group('Storefront: placed and paid orders', () => {
  test('placing emits storefront.order.placed with its source; a manual payment is marked once', async ({
    assert,
    cleanup,
  }) => {
    const smtp = await startSmtpServer()
    cleanup(() => smtp.close())
    const placedEvents = probeEvent('storefront.order.placed')
    const paidEvents = probeEvent('storefront.order.paid')
    const { tenant, owner } = await makeShop()
    await configureShop(tenant)
    const serum = await makeProduct(tenant, { priceMinor: 2400 })

    const checkout = await withTenant(tenant.id, () =>
      readyCheckout([{ variantId: serum.variants[0].id, quantity: 1 }])
    )
    const order = await withTenant(tenant.id, () =>
      placeOrder({ checkoutId: checkout.id, source: 'chat' })
    )
    await runQueuedJobs()
    assert.deepEqual(placedEvents, [
      {
        tenantId: tenant.id,
        orderId: order.id,
        customerId: null,
        cartId: checkout.cartId,
        totalMinor: order.totalMinor,
        currency: 'GBP',
        source: 'chat',
      },
    ])

    await withTenant(tenant.id, () =>
      markOrderPaid(order.id, { userId: owner.id, note: 'Transfer received' })
    )
    const paid = await withTenant(tenant.id, () =>
      markOrderPaid(order.id, { userId: owner.id, note: 'Again' })
    )
    assert.equal(paid.status, 'paid')
    assert.equal(paid.paymentStatus, 'paid')
    await runQueuedJobs()
    assert.deepEqual(paidEvents, [{ tenantId: tenant.id, orderId: order.id }])
    const timeline = await withTenant(tenant.id, () =>
      OrderEvent.query().where('order_id', order.id).orderBy('created_at')
    )
    assert.deepEqual(
      timeline.map((event) => [event.kind, event.message, event.actorLabel]),
      [
        ['placed', 'Order placed (chat), to be paid by bank transfer.', 'ada@example.com'],
        ['paid', 'Marked as paid: Transfer received', owner.name],
      ]
    )
  })

  test('with the storefront switched off, the cart, checkout and confirmation answer 404', async ({
    client,
  }) => {
    const { tenant } = await makeShop({ slug: 'closed' })
    await configureShop(tenant)
    const serum = await makeProduct(tenant)
    const order = await withTenant(tenant.id, async () => {
      const checkout = await readyCheckout([{ variantId: serum.variants[0].id, quantity: 1 }])
      return placeOrder({ checkoutId: checkout.id, source: 'web' })
    })
    await withTenant(tenant.id, () => disableModule('storefront', { actor: null }))

    const requests = [
      client.get('/s/closed/cart'),
      client
        .post('/s/closed/cart/items')
        .json({ variantId: serum.variants[0].id, quantity: 1 })
        .withCsrfToken(),
      client.get('/s/closed/checkout'),
      client.post('/s/closed/checkout/place').json({}).withCsrfToken(),
      client.get(`/s/closed/orders/${order.id}/confirmation`).withSession({
        storefront_orders: [order.id],
      }),
    ]
    for (const request of requests) {
      const response = await request.redirects(0)
      response.assertStatus(404)
    }
  })

  test("a checkout of shop A cannot be placed or started from shop B's scope", async ({
    assert,
  }) => {
    const a = await makeShop()
    const b = await makeShop()
    await configureShop(a.tenant)
    await configureShop(b.tenant)
    const serum = await makeProduct(a.tenant, { stock: 2 })
    const checkout = await withTenant(a.tenant.id, () =>
      readyCheckout([{ variantId: serum.variants[0].id, quantity: 1 }])
    )
    await assert.rejects(
      () => withTenant(b.tenant.id, () => placeOrder({ checkoutId: checkout.id, source: 'web' })),
      'This checkout does not exist.'
    )
    await assert.rejects(
      () => withTenant(b.tenant.id, () => startCheckout({ cartId: checkout.cartId })),
      'This cart does not exist.'
    )
    const order = await withTenant(a.tenant.id, () =>
      placeOrder({ checkoutId: checkout.id, source: 'web' })
    )
    assert.equal(order.number, 1001)
  })
})
