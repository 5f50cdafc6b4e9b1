import { mkdir, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import sharp from 'sharp'
import Invitation from '#kernel/identity/models/invitation'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { createPlan } from '#kernel/billing/plans/plan_service'
import type { PlanFormData } from '#kernel/billing/plans/plan_validator'
import { runQueuedJobs } from '#tests/support/queue'
import { makeWorkspace } from '#tests/support/factories'
import { seedPlans, subscribeTenant } from '#tests/support/billing_factories'
import Product from '#modules/storefront/models/product'
import ProductImage from '#modules/storefront/models/product_image'
import CatalogImport from '#modules/storefront/catalog/catalog_import'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop, productForm } from '#modules/storefront/tests/support/catalog_factories'

/** The default plan, "Tiny": the storefront with two products and 1 MB of storage. */
function tinyPlan(limits: PlanFormData['limits'] = { products: 2, storage_mb: 1 }) {
  return createPlan({
    key: 'tiny',
    name: 'Tiny',
    currency: 'EUR',
    monthly_price: 5,
    yearly_price: 50,
    trial_days: 14,
    modules: ['storefront'],
    limits,
    is_public: true,
    is_default: true,
    sort_order: 0,
  })
}

async function meterIn<T>(tenantId: string, fn: (meter: UsageMeter) => Promise<T>) {
  const meter = await app.container.make(UsageMeter)
  return withTenant(tenantId, () => fn(meter))
}

async function productCount(tenantId: string) {
  return withTenant(tenantId, async () => {
    const products = await Product.query()
    return products.length
  })
}

async function csvFile(rows: string[]) {
  const folder = app.tmpPath('catalog-imports')
  await mkdir(folder, { recursive: true })
  const path = `${folder}/${randomUUID()}.csv`
  await writeFile(path, ['name,slug,status,price,stock', ...rows].join('\n'))
  return path
}

test.group('Limits: staff seats', () => {
  test('the invitation that would take a sixth seat on a five-seat plan is refused', async ({
    client,
    assert,
  }) => {
    await seedPlans()
    const { tenant, owner } = await makeWorkspace({ slug: 'seats' })
    await subscribeTenant(tenant.id, 'growth')
    const invite = (email: string) =>
      client
        .post('/app/seats/settings/team/invitations')
        .loginAs(owner)
        .withCsrfToken()
        .accept('json')
        .json({ email, role: 'employee' })

    // The owner holds the first of the five seats.
    for (const n of [1, 2, 3, 4]) {
      const response = await invite(`staff${n}@example.com`)
      assert.oneOf(response.status(), [200, 302])
    }
    const refused = await invite('staff5@example.com')
    refused.assertStatus(402)
    refused.assertBodyContains({
      message: 'Your Growth plan includes 5 staff seats. Upgrade to invite more people.',
      upgradeUrl: '/app/seats/settings/billing',
    })
    const renewed = await invite('staff4@example.com')
    assert.oneOf(renewed.status(), [200, 302], 'sending a pending invitation again takes no seat')

    const invitations = await withTenant(tenant.id, () => Invitation.query())
    assert.sameMembers(
      invitations.map((invitation) => invitation.email),
      ['staff1@example.com', 'staff2@example.com', 'staff3@example.com', 'staff4@example.com']
    )
    assert.deepEqual(await meterIn(tenant.id, (meter) => meter.usage('staff_seats')), {
      metric: 'staff_seats',
      used: 5,
      limit: 5,
    })
  })

  test('a form submission goes back with the message and the upgrade link', async ({ client }) => {
    await seedPlans()
    const { tenant, owner } = await makeWorkspace({ slug: 'seats-form' })
    await subscribeTenant(tenant.id, 'starter')
    await client
      .post('/app/seats-form/settings/team/invitations')
      .loginAs(owner)
      .withCsrfToken()
      .form({ email: 'first@example.com', role: 'employee' })
      .redirects(0)
    const response = await client
      .post('/app/seats-form/settings/team/invitations')
      .loginAs(owner)
      .withCsrfToken()
      .form({ email: 'second@example.com', role: 'employee' })
      .redirects(0)
    response.assertStatus(302)
    response.assertFlashMessage(
      'error',
      'Your Starter plan includes 2 staff seats. Upgrade to invite more people.'
    )
    response.assertFlashMessage('upgradeUrl', '/app/seats-form/settings/billing')
  })
})

test.group('Limits: products', () => {
  test('the product over the limit is refused, and nothing is stored', async ({
    client,
    assert,
  }) => {
    await tinyPlan()
    const { tenant, owner, base } = await makeCatalogShop()
    await makeProduct(tenant, { name: 'One' })

    const second = await client
      .post(`${base}/products`)
      .loginAs(owner)
      .withCsrfToken()
      .accept('json')
      .json(productForm({ name: 'Two' }))
    assert.oneOf(second.status(), [200, 302])

    const third = await client
      .post(`${base}/products`)
      .loginAs(owner)
      .withCsrfToken()
      .accept('json')
      .json(productForm({ name: 'Three' }))
    third.assertStatus(402)
    third.assertBodyContains({
      message: 'Your Tiny plan includes 2 products. Upgrade to add more.',
      metric: 'products',
      limit: 2,
      upgradeUrl: `/app/${tenant.slug}/settings/billing`,
    })
    assert.equal(await productCount(tenant.id), 2)

    const edit = await withTenant(tenant.id, () => Product.findByOrFail('name', 'Two'))
    const update = await client
      .put(`${base}/products/${edit.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .accept('json')
      .json(productForm({ name: 'Two, renamed' }))
    assert.oneOf(update.status(), [200, 302], 'editing an existing product is not limited')
  })

  test('two products created at once for the last free place: one is refused', async ({
    client,
    assert,
  }) => {
    await tinyPlan()
    const { tenant, owner, base } = await makeCatalogShop()
    await makeProduct(tenant, { name: 'One' })
    const create = (name: string) =>
      client
        .post(`${base}/products`)
        .loginAs(owner)
        .withCsrfToken()
        .accept('json')
        .json(productForm({ name }))
    const responses = await Promise.all([create('Left'), create('Right')])
    assert.sameMembers(
      responses.map((response) => (response.status() === 402 ? 'refused' : 'created')),
      ['created', 'refused']
    )
    assert.equal(await productCount(tenant.id), 2)
  })

  test('an all-or-nothing CSV import over the limit imports nothing and says why', async ({
    client,
    assert,
  }) => {
    await tinyPlan()
    const { tenant, owner, base } = await makeCatalogShop()
    await makeProduct(tenant, { name: 'Existing', slug: 'existing' })
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file(
        'file',
        await csvFile([
          'Existing,existing,active,5,1',
          'New A,new-a,active,5,1',
          'New B,new-b,active,5,1',
        ])
      )
      .field('mode', 'abort')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const record = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    assert.equal(record.status, 'failed')
    assert.equal(
      record.message,
      'Nothing was imported: Your Tiny plan includes 2 products. Upgrade to add more.'
    )
    assert.equal(await productCount(tenant.id), 1)
  })

  test('a CSV import that skips bad rows imports up to the limit and reports the rest', async ({
    client,
    assert,
  }) => {
    await tinyPlan()
    const { tenant, owner, base } = await makeCatalogShop()
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file(
        'file',
        await csvFile([
          'New A,new-a,active,5,1',
          'New B,new-b,active,5,1',
          'New C,new-c,active,5,1',
        ])
      )
      .field('mode', 'skip')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const record = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    assert.equal(record.status, 'completed')
    assert.equal(record.importedRows, 2)
    assert.deepEqual(record.rowErrors, [
      { row: 4, field: null, message: 'Your Tiny plan includes 2 products. Upgrade to add more.' },
    ])
    assert.equal(await productCount(tenant.id), 2)
  })
})

test.group('Limits: storage', () => {
  test('an upload that does not fit in the plan storage is refused; what is stored is counted', async ({
    client,
    assert,
  }) => {
    await tinyPlan()
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant, { name: 'Photo subject' })
    const folder = app.tmpPath('catalog-uploads')
    await mkdir(folder, { recursive: true })
    const path = `${folder}/${randomUUID()}.png`
    const png = await sharp({
      create: { width: 64, height: 64, channels: 3, background: { r: 200, g: 120, b: 150 } },
    })
      .png()
      .toBuffer()
    await writeFile(path, png)

    const first = await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .file('images[0]', path)
      .withCsrfToken()
      .redirects(0)
    first.assertFlashMessage('success', 'Image added.')
    const used = await meterIn(tenant.id, (meter) => meter.usage('storage_mb'))
    assert.isAbove(used.used, 0)
    assert.equal(used.limit, 1)

    // Fill the storage to the brim, as if earlier uploads had taken it.
    await meterIn(tenant.id, (meter) => meter.record('storage_mb', 1 - used.used))
    const refused = await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .file('images[0]', path)
      .withCsrfToken()
      .redirects(0)
    refused.assertStatus(302)
    refused.assertFlashMessage(
      'error',
      'Your Tiny plan includes 1 MB of storage. Upgrade to store more.'
    )
    const images = await withTenant(tenant.id, () => ProductImage.query())
    assert.lengthOf(images, 1)

    // Deleting the photo gives its space back.
    const deleted = await client
      .delete(`${base}/products/${product.id}/images/${images[0].id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    deleted.assertStatus(302)
    const after = await meterIn(tenant.id, (meter) => meter.usage('storage_mb'))
    assert.closeTo(after.used, 1 - used.used, 1e-9)
  })
})
