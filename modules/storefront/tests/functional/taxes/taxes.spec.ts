import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import TaxRate from '#modules/storefront/models/tax_rate'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'

function ratesOf(tenantId: string) {
  return withTenant(tenantId, () => TaxRate.query().orderBy('country'))
}

test.group('Storefront back office: taxes', () => {
  test('tax rates per country and the prices-include-tax setting', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/taxes`
    const send = (method: 'post' | 'put' | 'delete', path: string, body: object = {}) =>
      client[method](`${base}${path}`).json(body).loginAs(owner).withCsrfToken().redirects(0)

    ;(await send('post', '', { country: 'gb', name: 'VAT', rate_basis_points: 2000 })).assertStatus(
      302
    )
    ;(await send('post', '', { country: 'FR', name: 'TVA', rate_basis_points: 2000 })).assertStatus(
      302
    )
    let rates = await ratesOf(tenant.id)
    assert.deepEqual(
      rates.map((rate) => [rate.country, rate.name, rate.rateBasisPoints]),
      [
        ['FR', 'TVA', 2000],
        ['GB', 'VAT', 2000],
      ]
    )
    ;(
      await send('put', `/${rates[0].id}`, {
        country: 'FR',
        name: 'TVA réduite',
        rate_basis_points: 550,
      })
    ).assertStatus(302)
    ;(await send('delete', `/${rates[1].id}`)).assertStatus(302)
    rates = await ratesOf(tenant.id)
    assert.deepEqual(
      rates.map((rate) => [rate.country, rate.rateBasisPoints]),
      [['FR', 550]]
    )

    const page = await client.get(base).loginAs(owner).withInertia()
    page.assertInertiaComponent('storefront/taxes/index')
    assert.isTrue(page.inertiaProps.pricesIncludeTax)
    ;(await send('put', '/settings', { prices_include_tax: false })).assertStatus(302)
    const settings = await withTenant(tenant.id, () => shopSettings())
    assert.isFalse(settings.pricesIncludeTax)
  })

  test('refuses bad rates field by field', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/taxes`
    const post = (body: object) =>
      client.post(base).json(body).loginAs(owner).accept('json').withCsrfToken().redirects(0)
    const bad = await post({ country: 'XX', name: '', rate_basis_points: 10001 })
    bad.assertStatus(422)
    const messages = Object.fromEntries(
      (bad.body().errors as { field: string; message: string }[]).map((error) => [
        error.field,
        error.message,
      ])
    )
    assert.match(messages.country, /a country/)
    assert.match(messages.name, /a name/)
    assert.match(messages.rate_basis_points, /the rate must be at most 10000/i)
    const fractional = await post({ country: 'DE', name: 'MwSt', rate_basis_points: 19.5 })
    fractional.assertStatus(422)

    ;(await post({ country: 'DE', name: 'MwSt', rate_basis_points: 1900 })).assertStatus(302)
    const duplicate = await post({ country: 'de', name: 'Again', rate_basis_points: 700 })
    duplicate.assertStatus(422)
    assert.match(JSON.stringify(duplicate.body()), /already has a tax rate/)

    const setting = await client
      .put(`${base}/settings`)
      .json({ prices_include_tax: 'perhaps' })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    setting.assertStatus(422)
    assert.lengthOf(await ratesOf(tenant.id), 1)
  })

  test('other workspaces cannot see or change rates; agents cannot manage', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop()
    const rate = await withTenant(tenant.id, () =>
      TaxRate.create({ country: 'GB', name: 'VAT', rateBasisPoints: 2000 })
    )
    const other = await makeShop()
    const base = `/app/${other.tenant.slug}/storefront/taxes`
    const page = await client.get(base).loginAs(other.owner).withInertia()
    assert.deepEqual(page.inertiaProps.rates, [])
    const update = await client
      .put(`${base}/${rate.id}`)
      .json({ country: 'GB', name: 'Mine', rate_basis_points: 0 })
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    update.assertStatus(404)
    const remove = await client
      .delete(`${base}/${rate.id}`)
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    remove.assertStatus(404)
    const agent = await addMember(tenant.id, 'agent')
    ;(await client.get(`/app/${tenant.slug}/storefront/taxes`).loginAs(agent)).assertStatus(403)
    const [unchanged] = await ratesOf(tenant.id)
    assert.equal(unchanged.name, 'VAT')
  })
})
