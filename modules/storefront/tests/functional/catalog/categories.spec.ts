import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { assertFieldError } from '#tests/support/assertions'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop } from '#modules/storefront/tests/support/catalog_factories'

async function categoryCount(tenantId: string) {
  return withTenant(tenantId, async () => {
    const [row] = await Category.query().count('* as total')
    return Number(row.$extras.total)
  })
}

test.group('Catalog: categories', () => {
  test('creates nested categories and lists them as a tree', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const create = (form: Record<string, unknown>) =>
      client.post(`${base}/categories`).loginAs(owner).form(form).withCsrfToken().redirects(0)
    ;(await create({ name: 'Skincare' })).assertFlashMessage(
      'success',
      'Category “Skincare” created.'
    )
    const skincare = await withTenant(tenant.id, () => Category.findByOrFail('slug', 'skincare'))
    await create({ name: 'Serums', parent_id: skincare.id, seo_title: 'Face serums' })
    await create({ name: 'Make-up', slug: 'makeup' })

    const page = await client.get(`${base}/categories`).loginAs(owner).withInertia()
    page.assertStatus(200)
    const tree = page.inertiaProps.tree as { name: string; slug: string; children: any[] }[]
    assert.deepEqual(
      tree.map((node) => [node.name, node.slug, node.children.map((child) => child.name)]),
      [
        ['Make-up', 'makeup', []],
        ['Skincare', 'skincare', ['Serums']],
      ]
    )
    assert.equal(tree[1].children[0].depth, 1)
  })

  test('refuses bad input per field and stores nothing', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    await makeCategory(tenant, { name: 'Lips', slug: 'lips' })
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ name: '' }, 'name'],
      [{ name: 'n'.repeat(121) }, 'name'],
      [
        { name: 'Lip care', slug: 'lips' },
        'slug',
        'This web address is already used by another category. Choose another one.',
      ],
      [{ name: 'Lip care', slug: 'Lip Care!' }, 'slug'],
      [{ name: 'Lip care', parent_id: 'not-a-uuid' }, 'parent_id'],
      [
        { name: 'Lip care', parent_id: '0193a0a0-0000-7000-8000-000000000000' },
        'parent_id',
        'This category does not exist.',
      ],
      [{ name: 'Lip care', description: 'd'.repeat(2001) }, 'description'],
      [{ name: 'Lip care', seo_title: 't'.repeat(161) }, 'seo_title'],
      [{ name: 'Lip care', seo_description: 's'.repeat(321) }, 'seo_description'],
    ]
    for (const [form, field, message] of cases) {
      const response = await client
        .post(`${base}/categories`)
        .loginAs(owner)
        .form(form)
        .withCsrfToken()
        .redirects(0)
      assertFieldError(response, field, message)
    }
    assert.equal(await categoryCount(tenant.id), 1)
  })

  test('the same slug is free in another workspace; a clash on a generated slug gets a suffix', async ({
    client,
    assert,
  }) => {
    const first = await makeCatalogShop()
    const second = await makeCatalogShop()
    await makeCategory(first.tenant, { name: 'Body', slug: 'body' })
    const response = await client
      .post(`${second.base}/categories`)
      .loginAs(second.owner)
      .form({ name: 'Body', slug: 'body' })
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success')
    await client
      .post(`${first.base}/categories`)
      .loginAs(first.owner)
      .form({ name: 'Body' })
      .withCsrfToken()
      .redirects(0)
    const slugs = await withTenant(first.tenant.id, async () => {
      const categories = await Category.query().orderBy('created_at')
      return categories.map((category) => category.slug)
    })
    assert.deepEqual(slugs, ['body', 'body-2'])
  })

  test('edits a category; a category cannot move inside itself or its subcategories', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const face = await makeCategory(tenant, { name: 'Face' })
    const serums = await makeCategory(tenant, { name: 'Serums', parentId: face.id })
    const update = (id: string, form: Record<string, unknown>) =>
      client.put(`${base}/categories/${id}`).loginAs(owner).form(form).withCsrfToken().redirects(0)

    assertFieldError(
      await update(face.id, { name: 'Face', parent_id: serums.id }),
      'parent_id',
      'A category cannot be inside one of its own subcategories.'
    )
    assertFieldError(
      await update(face.id, { name: 'Face', parent_id: face.id }),
      'parent_id',
      'A category cannot be inside itself.'
    )
    ;(await update(serums.id, { name: 'Face serums', slug: 'face-serums' })).assertFlashMessage(
      'success'
    )
    const saved = await withTenant(tenant.id, () => Category.findOrFail(serums.id))
    assert.equal(saved.name, 'Face serums')
    assert.equal(saved.slug, 'face-serums')
    assert.isNull(saved.parentId)
  })

  test('deleting refuses a category with subcategories; products of a deleted one stay', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const face = await makeCategory(tenant, { name: 'Face' })
    const serums = await makeCategory(tenant, { name: 'Serums', parentId: face.id })
    const product = await makeProduct(tenant, { categoryId: serums.id })

    const refused = await client
      .delete(`${base}/categories/${face.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage(
      'error',
      '“Face” has subcategories. Move or delete them before deleting it.'
    )
    assert.equal(await categoryCount(tenant.id), 2)

    const deleted = await client
      .delete(`${base}/categories/${serums.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    deleted.assertFlashMessage(
      'success',
      'Category “Serums” deleted; its 1 product(s) now have no category.'
    )
    const kept = await withTenant(tenant.id, () => Product.findOrFail(product.id))
    assert.isNull(kept.categoryId)
    assert.equal(await categoryCount(tenant.id), 1)
  })
})
