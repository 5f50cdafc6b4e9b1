import { mkdir, writeFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { test } from '@japa/runner'
import sharp from 'sharp'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import Attribute from '#modules/storefront/models/attribute'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import ProductImage from '#modules/storefront/models/product_image'
import CatalogImport from '#modules/storefront/catalog/catalog_import'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop, productForm } from '#modules/storefront/tests/support/catalog_factories'

async function pngPath() {
  const folder = app.tmpPath('catalog-uploads')
  await mkdir(folder, { recursive: true })
  const path = `${folder}/access.png`
  await writeFile(
    path,
    await sharp({ create: { width: 50, height: 50, channels: 3, background: '#ccc' } })
      .png()
      .toBuffer()
  )
  return path
}

/** Workspace B's catalog: a category, a product with an image, an attribute and an import. */
async function otherWorkspace() {
  const b = await makeCatalogShop('shop-b')
  const category = await makeCategory(b.tenant, { name: 'B only' })
  const product = await makeProduct(b.tenant, { name: 'B secret', categoryId: category.id })
  const { image, attribute, record } = await withTenant(b.tenant.id, async () => ({
    image: await ProductImage.create({
      productId: product.id,
      path: 'x.png',
      thumbnailPath: 'x_t.webp',
      mediumPath: 'x_m.webp',
      alt: 'B',
      width: 1,
      height: 1,
    }),
    attribute: await Attribute.findByOrFail('key', 'finish'),
    record: await CatalogImport.create({
      fileName: 'b.csv',
      mode: 'dry_run',
      status: 'completed',
      rows: [],
      rowErrors: [],
    }),
  }))
  return { ...b, category, product, image, attribute, record }
}

test.group('Catalog: access', () => {
  test("staff of A asking for B's catalog records by id get 404 and change nothing", async ({
    client,
    assert,
  }) => {
    const a = await makeCatalogShop('shop-a')
    const b = await otherWorkspace()
    const base = a.base
    const png = await pngPath()
    const attempts = [
      client.get(`${base}/products/${b.product.id}/edit`),
      client.put(`${base}/products/${b.product.id}`).json(productForm({ name: 'Hacked' })),
      client.delete(`${base}/products/${b.product.id}`),
      client
        .post(`${base}/products/bulk`)
        .json({ ids: [b.product.id], action: 'status', status: 'archived' }),
      client.post(`${base}/products/${b.product.id}/images`).file('images[0]', png),
      client.put(`${base}/products/${b.product.id}/images/order`).json({ ids: [b.image.id] }),
      client.put(`${base}/products/${b.product.id}/images/${b.image.id}`).form({ alt: 'Hacked' }),
      client.delete(`${base}/products/${b.product.id}/images/${b.image.id}`),
      client.put(`${base}/categories/${b.category.id}`).form({ name: 'Hacked' }),
      client.delete(`${base}/categories/${b.category.id}`),
      client.put(`${base}/attributes/${b.attribute.id}`).json({ label: 'Hacked', kind: 'text' }),
      client.delete(`${base}/attributes/${b.attribute.id}`),
      client.get(`${base}/product-imports/${b.record.id}`),
    ]
    for (const attempt of attempts) {
      const response = await attempt.loginAs(a.owner).withCsrfToken().redirects(0)
      response.assertStatus(404)
    }

    const foreignParent = await client
      .post(`${base}/categories`)
      .loginAs(a.owner)
      .form({ name: 'Child', parent_id: b.category.id })
      .withCsrfToken()
      .redirects(0)
    assert.property(foreignParent.flashMessages().inputErrorsBag, 'parent_id')
    const foreignCategory = await client
      .post(`${base}/products`)
      .loginAs(a.owner)
      .json(productForm({ category_id: b.category.id }))
      .withCsrfToken()
      .redirects(0)
    assert.property(foreignCategory.flashMessages().inputErrorsBag, 'category_id')

    await withTenant(b.tenant.id, async () => {
      const product = await Product.findOrFail(b.product.id)
      assert.equal(product.name, 'B secret')
      assert.equal(product.status, 'active')
      assert.equal((await Category.findOrFail(b.category.id)).name, 'B only')
      assert.equal((await ProductImage.findOrFail(b.image.id)).alt, 'B')
      assert.equal((await Attribute.findOrFail(b.attribute.id)).label, 'Finish')
    })
    await withTenant(a.tenant.id, async () => {
      assert.lengthOf(await Category.all(), 0)
      assert.lengthOf(await Product.all(), 0)
    })
  })

  test("A's lists, tree, export and imports show only A's records", async ({ client, assert }) => {
    const a = await makeCatalogShop('shop-a')
    await makeProduct(a.tenant, { name: 'A product' })
    await makeCategory(a.tenant, { name: 'A category' })
    const b = await otherWorkspace()

    const products = await client.get(`${a.base}/products`).loginAs(a.owner).withInertia()
    assert.deepEqual(
      products.inertiaProps.products.map((row: { name: string }) => row.name),
      ['A product']
    )
    const searched = await client
      .get(`${a.base}/products`)
      .qs({ q: 'secret' })
      .loginAs(a.owner)
      .withInertia()
    assert.lengthOf(searched.inertiaProps.products, 0)
    const filtered = await client
      .get(`${a.base}/products`)
      .qs({ category: b.category.id })
      .loginAs(a.owner)
      .withInertia()
    assert.lengthOf(filtered.inertiaProps.products, 0)

    const tree = await client.get(`${a.base}/categories`).loginAs(a.owner).withInertia()
    assert.deepEqual(
      tree.inertiaProps.tree.map((node: { name: string }) => node.name),
      ['A category']
    )
    const csv = await client.get(`${a.base}/products/export.csv`).loginAs(a.owner)
    assert.include(csv.text(), 'A product')
    assert.notInclude(csv.text(), 'B secret')
    const imports = await client.get(`${a.base}/product-imports`).loginAs(a.owner).withInertia()
    assert.lengthOf(imports.inertiaProps.imports, 0)

    const outsider = await client.get(`${b.base}/products`).loginAs(a.owner)
    outsider.assertStatus(404)
  })

  test('an employee sees the catalog but cannot change it', async ({ client, assert }) => {
    const { tenant, base } = await makeCatalogShop()
    const employee = await addMember(tenant.id, 'employee')
    const product = await makeProduct(tenant, { name: 'Read Only' })
    const category = await makeCategory(tenant)

    ;(await client.get(`${base}/products`).loginAs(employee)).assertStatus(200)
    ;(await client.get(`${base}/categories`).loginAs(employee)).assertStatus(200)
    const edit = await client
      .get(`${base}/products/${product.id}/edit`)
      .loginAs(employee)
      .withInertia()
    edit.assertStatus(200)
    assert.isFalse(edit.inertiaProps.canManage)
    for (const path of ['/products/new', '/product-imports']) {
      ;(await client.get(`${base}${path}`).loginAs(employee)).assertStatus(403)
    }

    const attempts = [
      client.post(`${base}/products`).json(productForm()),
      client.put(`${base}/products/${product.id}`).json(productForm({ name: 'Changed' })),
      client.delete(`${base}/products/${product.id}`),
      client
        .post(`${base}/products/bulk`)
        .json({ ids: [product.id], action: 'status', status: 'archived' }),
      client.post(`${base}/categories`).form({ name: 'New' }),
      client.delete(`${base}/categories/${category.id}`),
      client.post(`${base}/attributes`).json({ label: 'New', kind: 'text' }),
    ]
    for (const attempt of attempts) {
      const response = await attempt.loginAs(employee).withCsrfToken().redirects(0)
      response.assertFlashMessage(
        'error',
        'You do not have permission to do that. Ask an owner or admin of the workspace.'
      )
    }
    const json = await client
      .post(`${base}/products`)
      .loginAs(employee)
      .accept('json')
      .json(productForm())
      .withCsrfToken()
    json.assertStatus(403)

    await withTenant(tenant.id, async () => {
      assert.lengthOf(await Product.all(), 1)
      assert.equal((await Product.findOrFail(product.id)).name, 'Read Only')
      assert.lengthOf(await Category.all(), 1)
      assert.lengthOf(await Attribute.all(), 4)
    })
  })

  test('the catalog answers 404 while the storefront module is off', async ({ client }) => {
    const { makeWorkspace } = await import('#tests/support/factories')
    const { tenant, owner } = await makeWorkspace()
    for (const path of ['/products', '/categories', '/attributes', '/product-imports']) {
      const response = await client.get(`/app/${tenant.slug}/storefront${path}`).loginAs(owner)
      response.assertStatus(404)
    }
  })
})
