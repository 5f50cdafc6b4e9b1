import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { CartService } from '#modules/storefront/cart/cart_service'
import { startCheckout } from '#modules/storefront/checkout/checkout_service'
import { placeOrder } from '#modules/storefront/orders/place_order'
import Checkout from '#modules/storefront/models/checkout'
import Order from '#modules/storefront/models/order'
import OrderEvent from '#modules/storefront/models/order_event'
import OrderItem from '#modules/storefront/models/order_item'
import StockReservation from '#modules/storefront/models/stock_reservation'
import ReleaseExpiredCheckoutsJob from '#modules/storefront/jobs/release_expired_checkouts_job'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import {
  configureShop,
  makeShipping,
  readyCheckout,
  variantStock,
} from '#modules/storefront/tests/support/checkout_factories'
import { runQueuedJobs } from '#tests/support/queue'

test.group('Storefront: stock reservation and order placement', () => {
  test('starting a checkout holds the stock; placing the order takes it off the shelf', async ({
    assert,
  }) => {
    const { tenant } = await makeShop()
    await configureShop(tenant)
    await makeShipping(tenant)
    const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 5 })
    const variantId = serum.variants[0].id

    const checkout = await withTenant(tenant.id, () => readyCheckout([{ variantId, quantity: 2 }]))
    assert.deepEqual(await variantStock(tenant, variantId), { onHand: 5, reserved: 2 })

    const order = await withTenant(tenant.id, () =>
      placeOrder({ checkoutId: checkout.id, source: 'web' })
    )
    assert.deepEqual(await variantStock(tenant, variantId), { onHand: 3, reserved: 0 })
    assert.equal(order.number, 1001)
    assert.equal(order.status, 'pending')
    assert.equal(order.paymentStatus, 'unpaid')
    assert.equal(order.source, 'web')

    await withTenant(tenant.id, async () => {
      const items = await OrderItem.query().where('order_id', order.id)
      assert.deepInclude(items[0].serialize(), {
        name: 'Glow Serum',
        unitPriceMinor: 2400,
        quantity: 2,
      })
      const events = await OrderEvent.query().where('order_id', order.id)
      assert.deepEqual(
        events.map((event) => event.kind),
        ['placed']
      )
      const held = await StockReservation.query().where('checkout_id', checkout.id)
      assert.isTrue(held.every((line) => line.releasedAt !== null))
      const again = await placeOrder({ checkoutId: checkout.id, source: 'web' })
      assert.equal(again.id, order.id, 'placing the same checkout twice gives the same order')
      assert.equal(
        await Order.query()
          .count('* as total')
          .then((r) => r[0].$extras.total),
        1
      )
    })

    const second = await withTenant(tenant.id, async () => {
      const next = await readyCheckout([{ variantId, quantity: 1 }])
      return placeOrder({ checkoutId: next.id, source: 'chat' })
    })
    assert.equal(second.number, 1002, 'order numbers count up per workspace')
    const other = await makeShop()
    await configureShop(other.tenant)
    const otherProduct = await makeProduct(other.tenant)
    const otherOrder = await withTenant(other.tenant.id, async () => {
      const next = await readyCheckout([{ variantId: otherProduct.variants[0].id, quantity: 1 }])
      return placeOrder({ checkoutId: next.id, source: 'web' })
    })
    assert.equal(otherOrder.number, 1001, 'another workspace has its own numbers')
  })

  test('50 concurrent checkouts of the last 3 units end in exactly 3 orders', async ({
    assert,
  }) => {
    const { tenant } = await makeShop()
    await configureShop(tenant)
    await makeShipping(tenant)
    const lipstick = await makeProduct(tenant, { name: 'Velvet Lip', stock: 3 })
    const variantId = lipstick.variants[0].id
    const carts = new CartService()
    const cartIds = await withTenant(tenant.id, async () => {
      const ids: string[] = []
      for (let index = 0; index < 50; index++) {
        const cart = await carts.add({ cartId: null, variantId, quantity: 1 })
        ids.push(cart.id)
      }
      return ids
    })

    // Each buyer in its own transaction on its own connection, all at once.
    const outcomes = await Promise.allSettled(
      cartIds.map((cartId, index) =>
        withTenant(tenant.id, async () => {
          const checkout = await startCheckout({ cartId })
          checkout.merge({
            email: `buyer${index}@example.com`,
            customerName: `Buyer ${index}`,
            shippingAddress: {
              name: `Buyer ${index}`,
              line1: '1 High Street',
              city: 'Bath',
              postalCode: 'BA1 1AA',
              country: 'GB',
            },
            paymentMethod: 'bank_transfer',
          })
          await checkout.save()
          return placeOrder({ checkoutId: checkout.id, source: 'web' })
        })
      )
    )
    const placed = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected')
    assert.lengthOf(placed, 3)
    assert.lengthOf(refused, 47)
    for (const outcome of refused) {
      assert.equal((outcome as PromiseRejectedResult).reason.message, 'Velvet Lip is sold out.')
    }
    assert.deepEqual(await variantStock(tenant, variantId), { onHand: 0, reserved: 0 })
    const numbers = await withTenant(tenant.id, async () => {
      const orders = await Order.query().orderBy('number')
      return orders.map((order) => order.number)
    })
    assert.deepEqual(numbers, [1001, 1002, 1003])
  })

  test('an expired hold is released by the scheduled job; a refused hold keeps nothing', async ({
    assert,
  }) => {
    const { tenant } = await makeShop()
    await configureShop(tenant)
    const toner = await makeProduct(tenant, { name: 'Rose Toner', stock: 4 })
    const mask = await makeProduct(tenant, { name: 'Clay Mask', stock: 1 })
    const variantId = toner.variants[0].id

    const checkout = await withTenant(tenant.id, () => readyCheckout([{ variantId, quantity: 3 }]))
    assert.deepEqual(await variantStock(tenant, variantId), { onHand: 4, reserved: 3 })

    await withTenant(tenant.id, async () => {
      await Checkout.query()
        .where('id', checkout.id)
        .update({ reservedUntil: DateTime.now().minus({ minutes: 1 }).toSQL() })
    })
    await ReleaseExpiredCheckoutsJob.dispatch({})
    await runQueuedJobs()
    assert.deepEqual(await variantStock(tenant, variantId), { onHand: 4, reserved: 0 })
    const expired = await withTenant(tenant.id, () => Checkout.findOrFail(checkout.id))
    assert.equal(expired.status, 'expired')
    await assert.rejects(
      () => withTenant(tenant.id, () => placeOrder({ checkoutId: checkout.id, source: 'web' })),
      'This checkout has expired. Review your cart and check out again.'
    )

    // A cart wants toner and the only mask; someone else checks the mask out
    // first: the cart's checkout holds neither.
    const carts = new CartService()
    const cartId = await withTenant(tenant.id, async () => {
      const cart = await carts.add({ cartId: null, variantId, quantity: 2 })
      await carts.add({ cartId: cart.id, variantId: mask.variants[0].id, quantity: 1 })
      return cart.id
    })
    await withTenant(tenant.id, () =>
      readyCheckout([{ variantId: mask.variants[0].id, quantity: 1 }])
    )
    await assert.rejects(
      () => withTenant(tenant.id, () => startCheckout({ cartId })),
      'Clay Mask is sold out.'
    )
    assert.deepEqual(await variantStock(tenant, variantId), { onHand: 4, reserved: 0 })
  })
})
