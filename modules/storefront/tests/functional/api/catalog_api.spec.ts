import { test } from '@japa/runner'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeApiShop } from '#modules/storefront/tests/support/api_factories'

test.group('Storefront API: catalog', () => {
  test('lists active products newest first, page by page with a cursor', async ({
    client,
    assert,
  }) => {
    const { tenant, token } = await makeApiShop()
    const names = ['First', 'Second', 'Third', 'Fourth', 'Fifth']
    for (const name of names) {
      await makeProduct(tenant, { name, priceMinor: 1500, tags: ['glow'] })
    }
    await makeProduct(tenant, { name: 'Hidden draft', status: 'draft' })

    const first = await client.get('/api/v1/products?limit=2').bearerToken(token)
    first.assertStatus(200)
    assert.deepEqual(
      first.body().data.map((product: any) => product.name),
      ['Fifth', 'Fourth']
    )
    assert.deepInclude(first.body().data[0], {
      currency: 'GBP',
      priceMinor: 1500,
      compareAtMinor: null,
      inStock: true,
      stockAvailable: 10,
      tags: ['glow'],
      imageUrl: null,
    })
    assert.isString(first.body().nextCursor)

    const second = await client
      .get('/api/v1/products')
      .qs({ limit: 2, cursor: first.body().nextCursor })
      .bearerToken(token)
    assert.deepEqual(
      second.body().data.map((product: any) => product.name),
      ['Third', 'Second']
    )
    const last = await client
      .get('/api/v1/products')
      .qs({ limit: 2, cursor: second.body().nextCursor })
      .bearerToken(token)
    assert.deepEqual(
      last.body().data.map((product: any) => product.name),
      ['First']
    )
    assert.isNull(last.body().nextCursor)
  })

  test('filters by text, category (with subcategories) and stock', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const face = await makeCategory(tenant, { name: 'Face', slug: 'face' })
    const serums = await makeCategory(tenant, { name: 'Serums', slug: 'serums', parentId: face.id })
    const lips = await makeCategory(tenant, { name: 'Lips', slug: 'lips' })
    await makeProduct(tenant, { name: 'Vitamin C Serum', categoryId: serums.id })
    await makeProduct(tenant, { name: 'Day Cream', categoryId: face.id, stock: 0 })
    await makeProduct(tenant, { name: 'Velvet Lip Tint', categoryId: lips.id })

    const names = async (qs: Record<string, unknown>) => {
      const response = await client.get('/api/v1/products').qs(qs).bearerToken(token)
      response.assertStatus(200)
      return response
        .body()
        .data.map((product: any) => product.name)
        .sort()
    }
    assert.deepEqual(await names({ q: 'serum' }), ['Vitamin C Serum'])
    assert.deepEqual(await names({ category: 'face' }), ['Day Cream', 'Vitamin C Serum'])
    assert.deepEqual(await names({ category: serums.id }), ['Vitamin C Serum'])
    assert.deepEqual(await names({ category: 'face', in_stock: true }), ['Vitamin C Serum'])
    assert.deepEqual(await names({ in_stock: 'false' }), [
      'Day Cream',
      'Velvet Lip Tint',
      'Vitamin C Serum',
    ])
  })

  test('refuses bad list parameters with field errors', async ({ client, assert }) => {
    const { token } = await makeApiShop()
    const fieldsOf = async (qs: Record<string, unknown>) => {
      const response = await client.get('/api/v1/products').qs(qs).bearerToken(token)
      response.assertStatus(422)
      return response.body().errors.map((error: any) => error.field)
    }
    assert.deepEqual(await fieldsOf({ limit: 101 }), ['limit'])
    assert.deepEqual(await fieldsOf({ limit: 0 }), ['limit'])
    assert.deepEqual(await fieldsOf({ limit: 'many' }), ['limit'])
    assert.deepEqual(await fieldsOf({ in_stock: 'perhaps' }), ['in_stock'])
    assert.deepEqual(await fieldsOf({ cursor: 'not-a-cursor' }), ['cursor'])
    assert.deepEqual(await fieldsOf({ category: 'no-such-category' }), ['category'])
    assert.deepEqual(await fieldsOf({ q: 'x'.repeat(101) }), ['q'])
  })

  test('shows a product by id or slug with its variants', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const category = await makeCategory(tenant, { name: 'Lips', slug: 'lips' })
    const tint = await makeProduct(tenant, {
      name: 'Velvet Lip Tint',
      slug: 'velvet-lip-tint',
      categoryId: category.id,
      options: { Shade: ['Rose', 'Coral'] },
      stock: 4,
      priceMinor: 1800,
    })
    const byId = await client.get(`/api/v1/products/${tint.id}`).bearerToken(token)
    byId.assertStatus(200)
    const product = byId.body().data
    assert.equal(product.name, 'Velvet Lip Tint')
    assert.deepEqual(product.category, { id: category.id, name: 'Lips', slug: 'lips' })
    assert.deepEqual(product.options, [{ name: 'Shade', values: ['Rose', 'Coral'] }])
    assert.deepEqual(
      product.variants.map((variant: any) => [
        variant.title,
        variant.available,
        variant.priceMinor,
      ]),
      [
        ['Rose', 4, 1800],
        ['Coral', 4, 1800],
      ]
    )
    assert.equal(product.stockAvailable, 8)

    const bySlug = await client.get('/api/v1/products/velvet-lip-tint').bearerToken(token)
    assert.equal(bySlug.body().data.id, tint.id)
  })

  test('a draft or unknown product is 404', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const draft = await makeProduct(tenant, { status: 'draft' })
    const hidden = await client.get(`/api/v1/products/${draft.id}`).bearerToken(token)
    hidden.assertStatus(404)
    assert.deepEqual(hidden.body(), { errors: [{ message: 'Not found.' }] })
    ;(await client.get('/api/v1/products/no-such-slug').bearerToken(token)).assertStatus(404)
  })

  test('lists categories with their active product counts', async ({ client, assert }) => {
    const { tenant, token } = await makeApiShop()
    const face = await makeCategory(tenant, { name: 'Face', slug: 'face' })
    const serums = await makeCategory(tenant, { name: 'Serums', slug: 'serums', parentId: face.id })
    await makeProduct(tenant, { categoryId: serums.id })
    await makeProduct(tenant, { categoryId: serums.id, status: 'archived' })
    const response = await client.get('/api/v1/categories').bearerToken(token)
    response.assertStatus(200)
    const bySlug = Object.fromEntries(
      response.body().data.map((category: any) => [category.slug, category])
    )
    assert.deepInclude(bySlug.face, { name: 'Face', parentId: null, productCount: 0 })
    assert.deepInclude(bySlug.serums, { parentId: face.id, productCount: 1 })
  })
})
