import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import Discount from '#modules/storefront/models/discount'
import {
  makeCategory,
  makeProduct,
  makeShop,
} from '#modules/storefront/tests/support/storefront_factories'

const valid = {
  code: 'glow15',
  kind: 'percentage',
  value: 1500,
  minimum_subtotal_minor: 3000,
  usage_limit: 100,
  per_customer_limit: 1,
  applies_to: 'all',
  starts_at: '2026-01-01T00:00:00.000Z',
  ends_at: '2026-12-31T23:59:00.000Z',
  active: true,
}

function discountsOf(tenantId: string) {
  return withTenant(tenantId, () => Discount.query().orderBy('code'))
}

test.group('Storefront back office: discounts', () => {
  test('creates, lists, edits and deletes discount codes', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/discounts`
    const product = await makeProduct(tenant)
    const category = await makeCategory(tenant, { name: 'Lips' })

    const created = await client.post(base).json(valid).loginAs(owner).withCsrfToken().redirects(0)
    created.assertStatus(302)
    let [discount] = await discountsOf(tenant.id)
    assert.equal(discount.code, 'GLOW15')
    assert.equal(discount.kind, 'percentage')
    assert.equal(discount.value, 1500)
    assert.equal(discount.minimumSubtotalMinor, 3000)
    assert.equal(discount.usageLimit, 100)
    assert.equal(discount.perCustomerLimit, 1)
    assert.equal(discount.startsAt!.toUTC().year, 2026)

    const page = await client.get(base).loginAs(owner).withInertia()
    page.assertInertiaComponent('storefront/discounts/index')
    assert.equal(page.inertiaProps.discounts[0].code, 'GLOW15')
    assert.deepEqual(page.inertiaProps.products, [{ value: product.id, label: product.name }])

    const fixed = await client
      .post(base)
      .json({
        code: 'LIPS5',
        kind: 'fixed',
        value: 500,
        applies_to: 'categories',
        category_ids: [category.id],
      })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    fixed.assertStatus(302)

    const updated = await client
      .put(`${base}/${discount.id}`)
      .json({ ...valid, applies_to: 'products', product_ids: [product.id], active: false })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    updated.assertStatus(302)
    ;[discount] = await discountsOf(tenant.id)
    assert.equal(discount.appliesTo, 'products')
    assert.deepEqual(discount.productIds, [product.id])
    assert.isFalse(discount.active)

    const removed = await client
      .delete(`${base}/${discount.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    removed.assertStatus(302)
    assert.deepEqual(
      (await discountsOf(tenant.id)).map((row) => row.code),
      ['LIPS5']
    )
  })

  test('refuses bad input field by field and stores nothing', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const other = await makeShop()
    const foreignProduct = await makeProduct(other.tenant)
    const base = `/app/${tenant.slug}/storefront/discounts`
    const attempt = (body: object) =>
      client.post(base).json(body).loginAs(owner).accept('json').withCsrfToken().redirects(0)
    const cases: [object, string, RegExp][] = [
      [{ ...valid, code: 'a' }, 'code', /at least 3/],
      [{ ...valid, code: 'no spaces!' }, 'code', /the code has an invalid format/i],
      [{ ...valid, kind: 'bogo' }, 'kind', /kind of discount/],
      [{ ...valid, value: 0 }, 'value', /at least 1/],
      [{ ...valid, value: 12_000 }, 'value', /more than 100 %/],
      [{ ...valid, value: 12.5 }, 'value', /./],
      [{ ...valid, minimum_subtotal_minor: -1 }, 'minimum_subtotal_minor', /minimum subtotal/],
      [{ ...valid, usage_limit: 0 }, 'usage_limit', /usage limit/],
      [{ ...valid, per_customer_limit: 'x' }, 'per_customer_limit', /limit per customer/],
      [{ ...valid, applies_to: 'everything' }, 'applies_to', /./],
      [{ ...valid, applies_to: 'products', product_ids: [] }, 'product_ids', /at least one/],
      [
        { ...valid, applies_to: 'products', product_ids: [foreignProduct.id] },
        'product_ids',
        /do not exist/,
      ],
      [{ ...valid, applies_to: 'categories' }, 'category_ids', /at least one/],
      [{ ...valid, starts_at: 'soon' }, 'starts_at', /start date/],
      [{ ...valid, ends_at: '2025-01-01T00:00:00.000Z' }, 'ends_at', /after the start/],
    ]
    for (const [body, field, message] of cases) {
      const response = await attempt(body)
      response.assertStatus(422)
      const errors = response.body().errors as { field: string; message: string }[]
      const error = errors.find((candidate) => candidate.field === field)
      assert.exists(error, `expected an error on ${field} for ${JSON.stringify(body)}`)
      assert.match(error!.message, message)
    }
    assert.lengthOf(await discountsOf(tenant.id), 0)

    ;(await attempt(valid)).assertStatus(302)
    const duplicate = await attempt({ ...valid, code: 'Glow15' })
    duplicate.assertStatus(422)
    assert.match(JSON.stringify(duplicate.body()), /already used/)
    // The same code is free in another workspace.
    const elsewhere = await client
      .post(`/app/${other.tenant.slug}/storefront/discounts`)
      .json(valid)
      .loginAs(other.owner)
      .withCsrfToken()
      .redirects(0)
    elsewhere.assertStatus(302)
  })

  test('a used code is kept: it can be switched off, not deleted', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const discount = await withTenant(tenant.id, () =>
      Discount.create({ code: 'USED', kind: 'fixed', value: 100, timesUsed: 3 })
    )
    const response = await client
      .delete(`/app/${tenant.slug}/storefront/discounts/${discount.id}`)
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    response.assertStatus(409)
    const lower = await client
      .put(`/app/${tenant.slug}/storefront/discounts/${discount.id}`)
      .json({ ...valid, code: 'USED', usage_limit: 2 })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    lower.assertStatus(422)
    assert.lengthOf(await discountsOf(tenant.id), 1)
  })

  test('agents cannot manage discounts; other workspaces get 404', async ({ client, assert }) => {
    const { tenant } = await makeShop()
    const discount = await withTenant(tenant.id, () =>
      Discount.create({ code: 'MINE', kind: 'fixed', value: 100 })
    )
    const agent = await addMember(tenant.id, 'agent')
    ;(await client.get(`/app/${tenant.slug}/storefront/discounts`).loginAs(agent)).assertStatus(403)

    const other = await makeShop()
    const base = `/app/${other.tenant.slug}/storefront/discounts`
    const list = await client.get(base).loginAs(other.owner).withInertia()
    assert.deepEqual(list.inertiaProps.discounts, [])
    const update = await client
      .put(`${base}/${discount.id}`)
      .json(valid)
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    update.assertStatus(404)
    const remove = await client
      .delete(`${base}/${discount.id}`)
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    remove.assertStatus(404)
    assert.lengthOf(await discountsOf(tenant.id), 1)
  })
})
