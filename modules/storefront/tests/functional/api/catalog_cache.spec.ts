import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Product from '#modules/storefront/models/product'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeApiShop, makeApiToken } from '#modules/storefront/tests/support/api_factories'
import { createPlan } from '#kernel/billing/plans/plan_service'
import { subscribeTenant } from '#tests/support/billing_factories'

/** Asks until `ready` holds: changes reach the cache by a notification, after the commit. */
async function eventually(
  client: ApiClient,
  url: string,
  token: string,
  ready: (body: any) => boolean
) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await client.get(url).bearerToken(token)
    if (response.status() === 200 && ready(response.body())) return response
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} never showed the change`)
}

async function cachedAnswer(client: ApiClient, url: string, token: string) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await client.get(url).bearerToken(token)
    if (response.header('x-api-cache') === 'hit') return response
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} was never answered from the cache`)
}

test.group('Storefront API: catalog cache', () => {
  test('lists come from the cache until a product, its stock or a category changes', async ({
    client,
    assert,
  }) => {
    const { tenant, token } = await makeApiShop()
    const serum = await makeProduct(tenant, { name: 'Glow Serum', stock: 5 })
    const first = await client.get('/api/v1/products').bearerToken(token)
    first.assertStatus(200)
    const cached = await cachedAnswer(client, '/api/v1/products', token)
    assert.deepEqual(cached.body(), first.body())

    await withTenant(tenant.id, async () => {
      const product = await Product.findOrFail(serum.id)
      product.name = 'Glow Serum Plus'
      await product.save()
    })
    await eventually(
      client,
      '/api/v1/products',
      token,
      (body) => body.data[0]?.name === 'Glow Serum Plus'
    )

    // Stock moves by raw SQL (checkout reservations do): the product row follows, and so does the cache.
    await cachedAnswer(client, '/api/v1/products', token)
    await withTenant(tenant.id, () =>
      db.from('storefront_variants').where('id', serum.variants[0].id).update({ stock_on_hand: 2 })
    )
    await eventually(
      client,
      '/api/v1/products',
      token,
      (body) => body.data[0]?.stockAvailable === 2
    )

    await cachedAnswer(client, '/api/v1/categories', token)
    await makeCategory(tenant, { name: 'Lips', slug: 'lips' })
    await eventually(client, '/api/v1/categories', token, (body) =>
      body.data.some((category: any) => category.slug === 'lips')
    )

    await withTenant(tenant.id, () =>
      Product.query().where('id', serum.id).update({ status: 'archived' })
    )
    await eventually(client, '/api/v1/products', token, (body) => body.data.length === 0)
  })

  test('a cached answer never reaches another workspace, a token without the scope, or a disabled module', async ({
    client,
    assert,
  }) => {
    const mine = await makeApiShop()
    const theirs = await makeApiShop()
    await makeProduct(theirs.tenant, { name: 'Their Serum' })
    await cachedAnswer(client, '/api/v1/products', theirs.token)

    const other = await client.get('/api/v1/products').bearerToken(mine.token)
    assert.deepEqual(other.body().data, [])
    const ordersOnly = await makeApiToken(theirs.tenant, ['orders:read'])
    ;(await client.get('/api/v1/products').bearerToken(ordersOnly)).assertStatus(403)

    await withTenant(theirs.tenant.id, () => disableModule('storefront', { actor: null }))
    const disabled = await client.get('/api/v1/products').bearerToken(theirs.token)
    disabled.assertStatus(404)
  })

  test('a cached answer stops once the plan no longer includes the storefront', async ({
    client,
  }) => {
    const { tenant, token } = await makeApiShop()
    await makeProduct(tenant)
    await cachedAnswer(client, '/api/v1/products', token)
    await createPlan({
      key: 'chat-only',
      name: 'Chat only',
      currency: 'EUR',
      monthly_price: 10,
      yearly_price: 100,
      trial_days: 0,
      modules: ['alpha'],
      limits: {},
      is_public: true,
      is_default: false,
      sort_order: 0,
    })
    await subscribeTenant(tenant.id, 'chat-only')
    const outside = await client.get('/api/v1/products').bearerToken(token)
    outside.assertStatus(404)
  })
})
