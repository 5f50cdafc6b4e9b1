import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { assertFieldError } from '#tests/support/assertions'
import Attribute from '#modules/storefront/models/attribute'
import Product from '#modules/storefront/models/product'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop } from '#modules/storefront/tests/support/catalog_factories'

test.group('Catalog: attribute set', () => {
  test('a beauty shop starts with the Beauty preset', async ({ client, assert }) => {
    const { owner, base } = await makeCatalogShop()
    const page = await client.get(`${base}/attributes`).loginAs(owner).withInertia()
    page.assertStatus(200)
    assert.deepEqual(
      page.inertiaProps.attributes.map((attribute: { key: string }) => attribute.key),
      ['skin_types', 'concerns', 'finish', 'ingredients']
    )
  })

  test('adds, renames, retypes and removes attributes', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const send = (method: 'post' | 'put' | 'delete', path: string, form: object = {}) =>
      client[method](`${base}${path}`).loginAs(owner).json(form).withCsrfToken().redirects(0)

    ;(
      await send('post', '/attributes', {
        label: 'Fragrance',
        kind: 'select',
        options: ['Unscented', 'Floral'],
        filterable: true,
      })
    ).assertFlashMessage('success', 'Attribute “Fragrance” added.')
    const fragrance = await withTenant(tenant.id, () => Attribute.findByOrFail('key', 'fragrance'))
    assert.deepEqual(fragrance.options, ['Unscented', 'Floral'])
    assert.isTrue(fragrance.filterable)

    await send('put', `/attributes/${fragrance.id}`, {
      label: 'Scent',
      kind: 'multi_select',
      options: ['Unscented', 'Floral', 'Citrus'],
      filterable: false,
    })
    const renamed = await withTenant(tenant.id, () => Attribute.findOrFail(fragrance.id))
    assert.equal(renamed.key, 'fragrance', 'the key stays so products keep their values')
    assert.equal(renamed.label, 'Scent')
    assert.equal(renamed.kind, 'multi_select')
    assert.isFalse(renamed.filterable)

    const finish = await withTenant(tenant.id, () => Attribute.findByOrFail('key', 'finish'))
    const product = await makeProduct(tenant, {
      attributes: { finish: 'Matte', skin_types: ['Dry'] },
    })
    await send('delete', `/attributes/${finish.id}`)
    assert.isNull(await withTenant(tenant.id, () => Attribute.find(finish.id)))
    const stripped = await withTenant(tenant.id, () => Product.findOrFail(product.id))
    assert.deepEqual(stripped.attributes, { skin_types: ['Dry'] })
  })

  test("products' values follow a change of type or allowed values", async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const matte = await makeProduct(tenant, {
      attributes: { finish: 'Matte', skin_types: ['Oily', 'Dry'], ingredients: 'Water' },
    })
    const dewy = await makeProduct(tenant, { attributes: { finish: 'Dewy' } })
    const attributes = await withTenant(tenant.id, () => Attribute.all())
    const idOf = (key: string) => attributes.find((attribute) => attribute.key === key)!.id
    const update = (key: string, form: object) =>
      client
        .put(`${base}/attributes/${idOf(key)}`)
        .loginAs(owner)
        .json(form)
        .withCsrfToken()
        .redirects(0)

    await update('finish', { label: 'Finish', kind: 'select', options: ['Dewy', 'Glossy'] })
    await update('skin_types', { label: 'Skin type', kind: 'select', options: ['Dry', 'Oily'] })
    await update('ingredients', {
      label: 'Key ingredients',
      kind: 'multi_select',
      options: ['Water', 'Squalane'],
    })
    const values = await withTenant(tenant.id, async () => [
      (await Product.findOrFail(matte.id)).attributes,
      (await Product.findOrFail(dewy.id)).attributes,
    ])
    assert.deepEqual(values, [{ skin_types: 'Oily', ingredients: ['Water'] }, { finish: 'Dewy' }])
  })

  test('refuses bad attributes', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const cases: [Record<string, unknown>, string][] = [
      [{ label: '', kind: 'text' }, 'label'],
      [{ label: 'Colour', kind: 'colour' }, 'kind'],
      [{ label: 'Colour', kind: 'select', options: [] }, 'options'],
      [{ label: 'Colour', kind: 'select', options: ['Red', 'Red'] }, 'options'],
    ]
    for (const [form, field] of cases) {
      const response = await client
        .post(`${base}/attributes`)
        .loginAs(owner)
        .json(form)
        .withCsrfToken()
        .redirects(0)
      assertFieldError(response, field)
    }
    const count = await withTenant(tenant.id, async () => (await Attribute.all()).length)
    assert.equal(count, 4)
  })
})
