import { test } from '@japa/runner'
import { defineListener } from '#kernel/contracts/define_listener'
import { eventBus } from '#kernel/contracts/event_bus'
import StaffNotification from '#kernel/notifications/staff_notification'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import Product from '#modules/storefront/models/product'
import Variant from '#modules/storefront/models/variant'
import { checkLowStock } from '#modules/storefront/catalog/low_stock'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop, productForm } from '#modules/storefront/tests/support/catalog_factories'

const received: { event: string; payload: Record<string, unknown> }[] = []
const EVENTS = [
  'storefront.product.created',
  'storefront.product.updated',
  'storefront.product.deleted',
  'storefront.product.low_stock',
] as const

/** Records the catalog's events as a listening module would receive them. */
function listenOnce() {
  if (eventBus.find('storefront:catalog_test_recorder:storefront.product.created')) {
    return
  }
  eventBus.registerListeners(
    'storefront',
    EVENTS.map((event) =>
      defineListener({
        name: `catalog_test_recorder:${event}`,
        event,
        async handle(payload) {
          received.push({ event, payload })
        },
      })
    )
  )
}

test.group('Catalog: events and stock alerts', (group) => {
  group.setup(() => listenOnce())
  group.each.setup(() => {
    received.length = 0
  })

  test('product changes emit created, updated and deleted events', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    await client
      .post(`${base}/products`)
      .loginAs(owner)
      .json(productForm({ stock: 50 }))
      .withCsrfToken()
      .redirects(0)
    const product = await withTenant(tenant.id, () => Product.query().firstOrFail())
    await client
      .put(`${base}/products/${product.id}`)
      .loginAs(owner)
      .json(productForm({ slug: product.slug, stock: 50, name: 'Renamed' }))
      .withCsrfToken()
      .redirects(0)
    await client
      .delete(`${base}/products/${product.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    // Each delivery is its own job: they may arrive in any order.
    assert.sameDeepMembers(
      received.map(({ event, payload }) => [event, payload.productId, payload.tenantId]),
      [
        ['storefront.product.created', product.id, tenant.id],
        ['storefront.product.updated', product.id, tenant.id],
        ['storefront.product.deleted', product.id, tenant.id],
      ]
    )
  })

  test('checkLowStock alerts once when checkouts hold the last units, and again after a restock', async ({
    assert,
  }) => {
    const { tenant, owner } = await makeCatalogShop()
    const product = await makeProduct(tenant, {
      name: 'Glow Serum',
      options: { Size: ['15 ml', '30 ml'] },
      stock: 6,
    })
    const [small, large] = product.variants
    const hold = (variant: Variant, units: number) =>
      withTenant(tenant.id, async () => {
        const row = await Variant.findOrFail(variant.id)
        row.stockReserved = units
        await row.save()
        return checkLowStock([small.id, large.id])
      })
    const alerts = () =>
      withTenant(tenant.id, () =>
        StaffNotification.query().where('kind', 'storefront.low_stock').orderBy('created_at')
      )

    assert.deepEqual(await hold(small, 0), [], '6 available, threshold 5')
    assert.deepEqual(await hold(small, 1), [small.id], '5 available: at the threshold')
    assert.deepEqual(await hold(small, 3), [], 'already alerted')
    assert.deepEqual(await hold(small, 0), [], 'back above: re-armed')
    assert.deepEqual(await hold(small, 6), [small.id], 'sold out')

    const notifications = await alerts()
    assert.deepEqual(
      notifications.map((notification) => [notification.userId, notification.body]),
      [
        [owner.id, 'Only 5 left of Glow Serum (15 ml) (alert at 5).'],
        [owner.id, 'Glow Serum (15 ml) is out of stock.'],
      ]
    )
    await runQueuedJobs()
    assert.sameDeepMembers(
      received
        .filter(({ event }) => event === 'storefront.product.low_stock')
        .map(({ payload }) => [payload.productId, payload.variantId, payload.available]),
      [
        [product.id, small.id, 5],
        [product.id, small.id, 0],
      ]
    )
  })

  test('no alert for products that do not track inventory or are archived', async ({ assert }) => {
    const { tenant } = await makeCatalogShop()
    const untracked = await makeProduct(tenant, { trackInventory: false, stock: 0 })
    const archived = await makeProduct(tenant, { status: 'archived', stock: 0 })
    const alerted = await withTenant(tenant.id, () =>
      checkLowStock([untracked.variants[0].id, archived.variants[0].id])
    )
    assert.deepEqual(alerted, [])
  })
})
