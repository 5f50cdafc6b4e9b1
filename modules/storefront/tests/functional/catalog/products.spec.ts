import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import StaffNotification from '#kernel/notifications/staff_notification'
import { addMember } from '#tests/support/factories'
import { assertFieldError, fieldErrors } from '#tests/support/assertions'
import Product from '#modules/storefront/models/product'
import Variant from '#modules/storefront/models/variant'
import ProductOption from '#modules/storefront/models/product_option'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop, productForm } from '#modules/storefront/tests/support/catalog_factories'

async function productCount(tenantId: string) {
  return withTenant(tenantId, async () => {
    const [row] = await Product.query().count('* as total')
    return Number(row.$extras.total)
  })
}

test.group('Catalog: products', () => {
  test('creates a product with a default variant and lists it', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const category = await makeCategory(tenant, { name: 'Lips' })
    const response = await client
      .post(`${base}/products`)
      .loginAs(owner)
      .json(
        productForm({
          category_id: category.id,
          sku: 'LIP-01',
          compare_at_price: 22,
          attributes: { finish: 'Matte', skin_types: ['Dry', 'Normal'] },
        })
      )
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)

    const product = await withTenant(tenant.id, () =>
      Product.query().preload('variants').firstOrFail()
    )
    response.assertHeader('location', `${base}/products/${product.id}/edit`)
    assert.equal(product.slug, 'velvet-lip-tint')
    assert.equal(product.priceMinor, 1850)
    assert.equal(product.compareAtMinor, 2200)
    assert.equal(product.categoryId, category.id)
    assert.deepEqual(product.attributes, { finish: 'Matte', skin_types: ['Dry', 'Normal'] })
    assert.equal(product.stockAvailable, 12)
    assert.isNotNull(product.publishedAt)
    assert.lengthOf(product.variants, 1)
    const [variant] = product.variants
    assert.deepEqual(
      [variant.title, variant.sku, variant.stockOnHand, variant.priceMinor],
      ['Default', 'LIP-01', 12, 1850]
    )

    const list = await client.get(`${base}/products`).loginAs(owner).withInertia()
    list.assertStatus(200)
    assert.deepEqual(
      list.inertiaProps.products.map((row: { name: string }) => row.name),
      ['Velvet Lip Tint']
    )
  })

  test('creates a product with options and a variant per combination', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const response = await client
      .post(`${base}/products`)
      .loginAs(owner)
      .json(
        productForm({
          name: 'Silk Foundation',
          options: [
            { name: 'Shade', values: ['Ivory', 'Sand'] },
            { name: 'Size', values: ['30 ml'] },
          ],
          variants: [
            { option_values: ['Ivory', '30 ml'], price: 32, sku: 'SF-IV', stock: 4 },
            {
              option_values: ['Sand', '30 ml'],
              price: 30.5,
              compare_at_price: 34,
              sku: 'SF-SA',
              stock: 9,
            },
          ],
        })
      )
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    await withTenant(tenant.id, async () => {
      const product = await Product.findByOrFail('slug', 'silk-foundation')
      assert.equal(product.priceMinor, 3050, 'the lowest variant price')
      assert.equal(product.compareAtMinor, 3400, 'with that variant’s compare-at price')
      assert.equal(product.stockAvailable, 13)
      const variants = await Variant.query().where('product_id', product.id).orderBy('position')
      assert.deepEqual(
        variants.map((variant) => [variant.title, variant.priceMinor, variant.sku]),
        [
          ['Ivory / 30 ml', 3200, 'SF-IV'],
          ['Sand / 30 ml', 3050, 'SF-SA'],
        ]
      )
      const options = await ProductOption.query().where('product_id', product.id)
      assert.lengthOf(options, 2)
    })
  })

  test('each invalid field is refused with its message and nothing is stored', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    await makeProduct(tenant, { slug: 'taken-slug' })
    const before = await productCount(tenant.id)
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ name: '' }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ slug: 'Not A Slug!' }, 'slug'],
      [
        { slug: 'taken-slug' },
        'slug',
        'This web address is already used by another product. Choose another one.',
      ],
      [{ status: 'deleted' }, 'status'],
      [{ price: -1 }, 'price'],
      [{ price: 'cheap' }, 'price'],
      [{ price: 12.345 }, 'price', 'Price can have at most 2 decimals.'],
      [
        { compare_at_price: 10 },
        'compare_at_price',
        'The compare-at price must be higher than the price.',
      ],
      [{ sku: 'S'.repeat(81) }, 'sku'],
      [{ barcode: 'B'.repeat(81) }, 'barcode'],
      [{ weight_grams: 1.5 }, 'weight_grams'],
      [{ seo_title: 'T'.repeat(161) }, 'seo_title'],
      [{ seo_description: 'D'.repeat(321) }, 'seo_description'],
      [{ tags: ['x'.repeat(41)] }, 'tags.0'],
      [{ category_id: '0193a0a0-0000-7000-8000-000000000000' }, 'category_id'],
      [{ category_id: 'nope' }, 'category_id'],
      [{ low_stock_threshold: -2 }, 'low_stock_threshold'],
      [{ stock: -5 }, 'stock'],
      [{ attributes: { finish: 'Sparkly' } }, 'attributes.finish'],
      [{ attributes: { colour: 'Red' } }, 'attributes.colour'],
      [
        {
          options: [{ name: 'Shade', values: ['Ivory'] }],
          variants: [{ option_values: ['Onyx'], price: 10, stock: 1 }],
        },
        'variants.0.option_values',
      ],
      [
        {
          options: [{ name: 'Shade', values: ['Ivory', 'Sand'] }],
          variants: [
            { option_values: ['Ivory'], price: 10, sku: 'DUP', stock: 1 },
            { option_values: ['Sand'], price: 10, sku: 'DUP', stock: 1 },
          ],
        },
        'variants.1.sku',
      ],
    ]
    for (const [overrides, field, message] of cases) {
      const response = await client
        .post(`${base}/products`)
        .loginAs(owner)
        .json(productForm(overrides))
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      assert.include(
        Object.keys(fieldErrors(response)),
        field,
        `${JSON.stringify(overrides)} → ${field}`
      )
      if (message) {
        assertFieldError(response, field, message)
      }
    }
    assert.equal(await productCount(tenant.id), before)
  })

  test('JSON clients get a 422 with the field errors', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const response = await client
      .post(`${base}/products`)
      .loginAs(owner)
      .accept('json')
      .json(productForm({ name: '', price: -3 }))
      .withCsrfToken()
    response.assertStatus(422)
    const fields = response.body().errors.map((error: { field: string }) => error.field)
    assert.includeMembers(fields, ['name', 'price'])
    assert.equal(await productCount(tenant.id), 0)
  })

  test('malformed bodies get 4xx answers, never a 500', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant)
    const bodies: Record<string, unknown>[] = [
      productForm({ options: 'Shade' }),
      productForm({ options: [{ name: 'Shade', values: 'Ivory' }] }),
      productForm({ options: [{ name: 'Shade', values: ['Ivory'] }], variants: [{}] }),
      productForm({ variants: [{ option_values: [], price: 1, stock: 1, id: 'x' }] }),
      productForm({ attributes: 'Matte' }),
      productForm({ attributes: { finish: 12 } }),
      productForm({ attributes: { finish: ['Matte', 'Satin'] } }),
      productForm({ tags: 'lips' }),
      productForm({ price: 1e308, stock: 1e12 }),
      productForm({ track_inventory: 'maybe' }),
      {},
    ]
    for (const body of bodies) {
      for (const request of [
        client.post(`${base}/products`),
        client.put(`${base}/products/${product.id}`),
      ]) {
        const response = await request.loginAs(owner).accept('json').json(body).withCsrfToken()
        assert.equal(response.status(), 422, JSON.stringify(body))
      }
    }
    for (const body of [
      { ids: ['not-a-uuid'], action: 'status', status: 'active' },
      { ids: [product.id], action: 'delete' },
      { ids: [product.id], action: 'price', price_mode: 'double', price_value: 2 },
    ]) {
      const response = await client
        .post(`${base}/products/bulk`)
        .loginAs(owner)
        .accept('json')
        .json(body)
        .withCsrfToken()
      assert.equal(response.status(), 422, JSON.stringify(body))
    }
    const unchanged = await withTenant(tenant.id, () => Product.findOrFail(product.id))
    assert.equal(unchanged.priceMinor, 1999)
  })

  test('a SKU of another product is refused', async ({ client }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const other = await makeProduct(tenant)
    await withTenant(tenant.id, async () => {
      const variant = await Variant.findOrFail(other.variants[0].id)
      variant.sku = 'TAKEN-1'
      await variant.save()
    })
    const response = await client
      .post(`${base}/products`)
      .loginAs(owner)
      .json(productForm({ sku: 'TAKEN-1' }))
      .withCsrfToken()
      .redirects(0)
    assertFieldError(response, 'sku', 'The SKU TAKEN-1 belongs to another product.')
  })

  test('scripts in the description are neutralized', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    await client
      .post(`${base}/products`)
      .loginAs(owner)
      .json(
        productForm({
          description:
            '<p onclick="steal()">Soft <em>glow</em><script>alert(1)</script></p>' +
            '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">click</a>' +
            '<a href="https://example.com/guide">guide</a><iframe src="https://evil.test"></iframe>' +
            '<svg onload="alert(4)"></svg><style>body{display:none}</style>',
        })
      )
      .withCsrfToken()
      .redirects(0)
    const product = await withTenant(tenant.id, () => Product.query().firstOrFail())
    const html = product.descriptionHtml
    for (const forbidden of [
      '<script',
      'onclick',
      'onerror',
      'javascript:',
      '<iframe',
      '<svg',
      '<style',
      '<img',
      'alert(',
    ]) {
      assert.notInclude(html, forbidden)
    }
    assert.include(html, '<p>Soft <em>glow</em></p>')
    assert.include(
      html,
      '<a href="https://example.com/guide" rel="noopener noreferrer nofollow">guide</a>'
    )
  })

  test('edits a product, its variants and stock; deletes it', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant, { name: 'Cloud Cream', stock: 10 })
    const edit = await client
      .get(`${base}/products/${product.id}/edit`)
      .loginAs(owner)
      .withInertia()
    edit.assertStatus(200)
    assert.equal(edit.inertiaProps.product.stock, 10)
    assert.equal(edit.inertiaProps.product.price, 19.99)

    const saved = await client
      .put(`${base}/products/${product.id}`)
      .loginAs(owner)
      .json({ ...edit.inertiaProps.product, name: 'Cloud Cream Rich', price: 21, stock: 30 })
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    await withTenant(tenant.id, async () => {
      const updated = await Product.query()
        .where('id', product.id)
        .preload('variants')
        .firstOrFail()
      assert.equal(updated.name, 'Cloud Cream Rich')
      assert.equal(updated.priceMinor, 2100)
      assert.lengthOf(updated.variants, 1)
      assert.equal(updated.variants[0].id, product.variants[0].id, 'the same variant, kept')
      assert.equal(updated.variants[0].stockOnHand, 30)
    })

    const deleted = await client
      .delete(`${base}/products/${product.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    deleted.assertHeader('location', `${base}/products`)
    assert.isNull(await withTenant(tenant.id, () => Product.find(product.id)))
  })

  test('editing variants keeps them, adds new combinations and removes dropped ones', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant, {
      name: 'Brow Pencil',
      options: { Shade: ['Taupe', 'Ebony'] },
      stock: 5,
    })
    const [taupe, ebony] = product.variants
    const edit = await client
      .get(`${base}/products/${product.id}/edit`)
      .loginAs(owner)
      .withInertia()
    const values = edit.inertiaProps.product
    assert.deepEqual(values.options, [{ name: 'Shade', values: ['Taupe', 'Ebony'] }])
    assert.lengthOf(values.variants, 2)

    const response = await client
      .put(`${base}/products/${product.id}`)
      .loginAs(owner)
      .json({
        ...values,
        options: [{ name: 'Shade', values: ['Taupe', 'Auburn'] }],
        variants: [
          { ...values.variants[0], price: 14, stock: 7 },
          { option_values: ['Auburn'], price: 15, sku: 'BP-AU', stock: 2 },
        ],
      })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    await withTenant(tenant.id, async () => {
      const variants = await Variant.query().where('product_id', product.id).orderBy('position')
      assert.deepEqual(
        variants.map((variant) => [variant.title, variant.priceMinor, variant.stockOnHand]),
        [
          ['Taupe', 1400, 7],
          ['Auburn', 1500, 2],
        ]
      )
      assert.equal(variants[0].id, taupe.id)
      assert.isNull(await Variant.find(ebony.id))
    })
  })

  test('stock cannot go below what checkouts hold', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant, { stock: 10 })
    await withTenant(tenant.id, async () => {
      const variant = await Variant.findOrFail(product.variants[0].id)
      variant.stockReserved = 4
      await variant.save()
    })
    const response = await client
      .put(`${base}/products/${product.id}`)
      .loginAs(owner)
      .json(productForm({ name: product.name, slug: product.slug, stock: 3 }))
      .withCsrfToken()
      .redirects(0)
    assertFieldError(
      response,
      'stock',
      '4 units are held by checkouts in progress; stock cannot go below that.'
    )
    const variant = await withTenant(tenant.id, () => Variant.findOrFail(product.variants[0].id))
    assert.equal(variant.stockOnHand, 10)
  })

  test('lists with search, status and category filters, and pages', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const face = await makeCategory(tenant, { name: 'Face' })
    const serums = await makeCategory(tenant, { name: 'Serums', parentId: face.id })
    await makeProduct(tenant, { name: 'Glow Serum', categoryId: serums.id })
    await makeProduct(tenant, { name: 'Night Balm', status: 'draft', tags: ['overnight'] })
    await makeProduct(tenant, { name: 'Rose Toner', status: 'archived', categoryId: face.id })
    const names = async (query: Record<string, string>) => {
      const response = await client.get(`${base}/products`).qs(query).loginAs(owner).withInertia()
      return response.inertiaProps.products.map((row: { name: string }) => row.name).sort()
    }
    assert.deepEqual(await names({ q: 'serum' }), ['Glow Serum'])
    assert.deepEqual(await names({ q: 'overnight' }), ['Night Balm'])
    assert.deepEqual(await names({ status: 'draft' }), ['Night Balm'])
    assert.deepEqual(await names({ category: face.id }), ['Glow Serum', 'Rose Toner'])
    assert.deepEqual(await names({ category: serums.id, status: 'active' }), ['Glow Serum'])

    for (let index = 0; index < 24; index++) {
      await makeProduct(tenant, { name: `Filler ${index}` })
    }
    const second = await client.get(`${base}/products`).qs({ page: 2 }).loginAs(owner).withInertia()
    assert.equal(second.inertiaProps.pagination.total, 27)
    assert.equal(second.inertiaProps.pagination.lastPage, 2)
    assert.lengthOf(second.inertiaProps.products, 2)

    const bad = await client.get(`${base}/products`).qs({ status: 'nope' }).loginAs(owner)
    assert.isBelow(bad.status(), 500)
  })

  test('bulk status and price changes apply to the selected products only', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const first = await makeProduct(tenant, { status: 'draft', priceMinor: 1000 })
    const second = await makeProduct(tenant, {
      status: 'draft',
      priceMinor: 2000,
      options: { Size: ['S', 'L'] },
    })
    const untouched = await makeProduct(tenant, { status: 'draft', priceMinor: 500 })

    await client
      .post(`${base}/products/bulk`)
      .loginAs(owner)
      .json({ ids: [first.id, second.id], action: 'status', status: 'active' })
      .withCsrfToken()
      .redirects(0)
    await client
      .post(`${base}/products/bulk`)
      .loginAs(owner)
      .json({ ids: [first.id, second.id], action: 'price', price_mode: 'percent', price_value: 10 })
      .withCsrfToken()
      .redirects(0)
    await client
      .post(`${base}/products/bulk`)
      .loginAs(owner)
      .json({ ids: [first.id], action: 'price', price_mode: 'fixed', price_value: -1.5 })
      .withCsrfToken()
      .redirects(0)
    const negative = await client
      .post(`${base}/products/bulk`)
      .loginAs(owner)
      .json({ ids: [first.id], action: 'price', price_mode: 'fixed', price_value: -500 })
      .withCsrfToken()
      .redirects(0)
    negative.assertFlashMessage('error')

    await withTenant(tenant.id, async () => {
      const a = await Product.findOrFail(first.id)
      const b = await Product.findOrFail(second.id)
      const c = await Product.findOrFail(untouched.id)
      assert.deepEqual([a.status, b.status, c.status], ['active', 'active', 'draft'])
      assert.equal(a.priceMinor, 950)
      assert.equal(b.priceMinor, 2200)
      assert.equal(c.priceMinor, 500)
      const variants = await Variant.query().where('product_id', second.id)
      assert.deepEqual(
        variants.map((variant) => variant.priceMinor),
        [2200, 2200]
      )
    })

    const invalid = await client
      .post(`${base}/products/bulk`)
      .loginAs(owner)
      .json({ ids: [], action: 'price', price_mode: 'percent' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(invalid, 'ids')
    assertFieldError(invalid, 'price_value')
  })

  test('exports the filtered products as CSV', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const lips = await makeCategory(tenant, { name: 'Lips', slug: 'lips' })
    await makeProduct(tenant, {
      name: 'Gloss, "Clear"',
      slug: 'gloss-clear',
      categoryId: lips.id,
      priceMinor: 1250,
      stock: 7,
      tags: ['shine', 'lips'],
      attributes: { skin_types: ['Dry', 'Oily'] },
    })
    await makeProduct(tenant, { name: 'Hidden', status: 'draft' })
    const response = await client
      .get(`${base}/products/export.csv`)
      .qs({ status: 'active' })
      .loginAs(owner)
    response.assertStatus(200)
    response.assertHeader('content-type', 'text/csv; charset=utf-8')
    const lines = response.text().trim().split('\n')
    assert.lengthOf(lines, 2)
    assert.isTrue(lines[0].startsWith('name,slug,status,category,price,compare_at_price,sku'))
    assert.include(lines[0], 'attribute:skin_types')
    assert.include(lines[1], '"Gloss, ""Clear""",gloss-clear,active,lips,12.5,')
    assert.include(lines[1], 'shine|lips')
    assert.include(lines[1], 'Dry|Oily')
  })

  test('low stock notifies staff once per drop below the threshold', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const manager = await addMember(tenant.id, 'manager')
    const employee = await addMember(tenant.id, 'employee')
    const product = await makeProduct(tenant, { name: 'Dew Mist', stock: 10 })
    const form = productForm({ name: 'Dew Mist', slug: product.slug, low_stock_threshold: 3 })
    const save = (stock: number) =>
      client
        .put(`${base}/products/${product.id}`)
        .loginAs(owner)
        .json({ ...form, stock })
        .withCsrfToken()
        .redirects(0)
    const notifications = () =>
      withTenant(tenant.id, () =>
        StaffNotification.query().where('kind', 'storefront.low_stock').orderBy('created_at')
      )

    await save(8)
    assert.lengthOf(await notifications(), 0)
    await save(3)
    const first = await notifications()
    assert.sameMembers(
      first.map((notification) => notification.userId),
      [owner.id, manager.id],
      'members holding storefront.catalog.manage'
    )
    assert.notInclude(
      first.map((notification) => notification.userId),
      employee.id
    )
    assert.equal(first[0].title, 'Dew Mist is running low')
    assert.equal(first[0].body, 'Only 3 left of Dew Mist (alert at 3).')
    assert.equal(first[0].url, `${base}/products/${product.id}/edit`)

    await save(2)
    assert.lengthOf(await notifications(), 2, 'still low: no second alert')
    await save(20)
    await save(0)
    const all = await notifications()
    assert.lengthOf(all, 4, 'back above, then down again: alerts again')
    assert.equal(all[3].body, 'Dew Mist is out of stock.')
  })
})
