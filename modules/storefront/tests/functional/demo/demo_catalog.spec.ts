import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { DEMO } from '#database/demo_credentials'
import { makeWorkspace } from '#tests/support/factories'
import DemoCatalogSeeder from '#modules/storefront/database/seeders/demo_catalog'

const TABLES = [
  'storefront_categories',
  'storefront_products',
  'storefront_variants',
  'storefront_product_images',
  'storefront_reviews',
  'storefront_orders',
  'storefront_order_items',
  'storefront_customer_profiles',
  'customers',
  'storefront_discounts',
  'storefront_tax_rates',
  'storefront_shipping_zones',
] as const

function countRows(tenantId: string) {
  return withTenant(tenantId, async () => {
    const counts: Record<string, number> = {}
    for (const table of TABLES) {
      const row = await db.from(table).count('* as total').first()
      counts[table] = Number(row.total)
    }
    return counts
  })
}

test.group('Storefront demo data', () => {
  test('fills the demo shop, and a second run duplicates nothing', async ({ assert }) => {
    const { tenant } = await makeWorkspace({ slug: DEMO.workspaceSlug, name: DEMO.workspaceName })
    const seeder = new DemoCatalogSeeder(db.connection())

    await seeder.run()

    const first = await countRows(tenant.id)
    assert.isAtLeast(first.storefront_products, 40)
    assert.isAtLeast(first.storefront_categories, 8)
    assert.isAbove(first.storefront_variants, first.storefront_products)
    assert.equal(first.storefront_product_images, first.storefront_products)
    assert.isAtLeast(first.storefront_reviews, 40)
    assert.isAtLeast(first.storefront_orders, 100)
    assert.isAtLeast(first.customers, 20)

    const facts = await withTenant(tenant.id, async () => {
      const statuses = await db.from('storefront_orders').distinct('status')
      const span = await db
        .from('storefront_orders')
        .select(db.raw('extract(day from max(placed_at) - min(placed_at))::int as days'))
        .first()
      const beauty = await db
        .from('storefront_products')
        .whereRaw(`jsonb_exists_all(attributes, array['skin_types', 'finish', 'ingredients'])`)
        .count('* as total')
        .first()
      const image = await db.from('storefront_product_images').first()
      return { statuses: statuses.map((row) => row.status), span: span.days, beauty, image }
    })
    assert.includeMembers(facts.statuses, [
      'pending',
      'paid',
      'fulfilled',
      'delivered',
      'cancelled',
    ])
    assert.isAtLeast(facts.span, 80)
    assert.equal(Number(facts.beauty.total), first.storefront_products)
    const bytes = await drive.use().getBytes(facts.image.thumbnail_path)
    assert.isAbove(bytes.length, 500)

    await seeder.run()
    assert.deepEqual(await countRows(tenant.id), first)
  })

  test('does nothing without the demo workspace', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    await new DemoCatalogSeeder(db.connection()).run()
    const counts = await countRows(tenant.id)
    assert.equal(counts.storefront_products, 0)
  })
})
