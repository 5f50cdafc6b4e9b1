import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import { addMember } from '#tests/support/factories'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'

function zonesOf(tenantId: string) {
  return withTenant(tenantId, () =>
    ShippingZone.query()
      .orderBy('name')
      .preload('rates', (query) => query.orderBy('position'))
  )
}

const fieldsOf = (response: { body(): any }) =>
  (response.body().errors as { field: string }[]).map((error) => error.field)

test.group('Storefront back office: shipping', () => {
  test('zones with flat and free-over-amount rates', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/shipping`
    const send = (method: 'post' | 'put' | 'delete', path: string, body: object = {}) =>
      client[method](`${base}${path}`).json(body).loginAs(owner).withCsrfToken().redirects(0)

    const page = await client.get(base).loginAs(owner).withInertia()
    page.assertInertiaComponent('storefront/shipping/index')
    assert.equal(page.inertiaProps.zones[0].name, 'Domestic')

    ;(await send('post', '/zones', { name: 'Europe', countries: ['fr', 'DE', 'IT'] })).assertStatus(
      302
    )
    let europe = (await zonesOf(tenant.id)).find((zone) => zone.name === 'Europe')!
    assert.deepEqual(europe.countries, ['FR', 'DE', 'IT'])

    ;(
      await send('post', `/zones/${europe.id}/rates`, { name: 'Standard', price_minor: 900 })
    ).assertStatus(302)
    ;(
      await send('post', `/zones/${europe.id}/rates`, {
        name: 'Free over €80',
        price_minor: 900,
        free_over_minor: 8000,
      })
    ).assertStatus(302)
    europe = (await zonesOf(tenant.id)).find((zone) => zone.name === 'Europe')!
    assert.deepEqual(
      europe.rates.map((rate) => [rate.name, rate.priceMinor, rate.freeOverMinor, rate.position]),
      [
        ['Standard', 900, null, 0],
        ['Free over €80', 900, 8000, 1],
      ]
    )

    const rate = europe.rates[0]
    ;(await send('put', `/rates/${rate.id}`, { name: 'Express', price_minor: 1500 })).assertStatus(
      302
    )
    ;(
      await send('put', `/zones/${europe.id}`, { name: 'EU', countries: ['FR', 'DE'] })
    ).assertStatus(302)
    ;(await send('delete', `/rates/${rate.id}`)).assertStatus(302)
    const eu = (await zonesOf(tenant.id)).find((zone) => zone.name === 'EU')!
    assert.deepEqual(eu.countries, ['FR', 'DE'])
    assert.lengthOf(eu.rates, 1)

    ;(await send('delete', `/zones/${eu.id}`)).assertStatus(302)
    assert.deepEqual(
      (await zonesOf(tenant.id)).map((zone) => zone.name),
      ['Domestic']
    )
  })

  test('refuses bad zones and rates field by field', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop()
    const base = `/app/${tenant.slug}/storefront/shipping`
    const post = (path: string, body: object) =>
      client.post(`${base}${path}`).json(body).loginAs(owner).accept('json').withCsrfToken()

    const badZone = await post('/zones', { name: 'x', countries: ['ZZ'] })
    badZone.assertStatus(422)
    assert.includeMembers(fieldsOf(badZone), ['name', 'countries.0'])
    const noCountries = await post('/zones', { name: 'Nowhere', countries: [] })
    assert.includeMembers(fieldsOf(noCountries), ['countries'])
    const clash = await post('/zones', { name: 'Home again', countries: ['GB'] })
    clash.assertStatus(422)
    assert.match(JSON.stringify(clash.body()), /GB already belongs to the zone “Domestic”/)

    const [domestic] = await zonesOf(tenant.id)
    const badRate = await post(`/zones/${domestic.id}/rates`, {
      name: '',
      price_minor: -1,
      free_over_minor: 0,
    })
    badRate.assertStatus(422)
    assert.includeMembers(fieldsOf(badRate), ['name', 'price_minor', 'free_over_minor'])
    assert.match(JSON.stringify(badRate.body()), /the price must be at least 0/i)

    const zones = await zonesOf(tenant.id)
    assert.lengthOf(zones, 1)
    assert.lengthOf(zones[0].rates, 1)
  })

  test('other workspaces cannot see or change zones and rates', async ({ client, assert }) => {
    const { tenant } = await makeShop()
    const [zone] = await zonesOf(tenant.id)
    const other = await makeShop()
    const base = `/app/${other.tenant.slug}/storefront/shipping`
    const page = await client.get(base).loginAs(other.owner).withInertia()
    assert.notInclude(
      page.inertiaProps.zones.map((row: { id: string }) => row.id),
      zone.id
    )
    const attempts = [
      client.put(`${base}/zones/${zone.id}`).json({ name: 'Mine', countries: ['FR'] }),
      client.delete(`${base}/zones/${zone.id}`),
      client.post(`${base}/zones/${zone.id}/rates`).json({ name: 'Mine', price_minor: 1 }),
      client.put(`${base}/rates/${zone.rates[0].id}`).json({ name: 'Mine', price_minor: 1 }),
      client.delete(`${base}/rates/${zone.rates[0].id}`),
    ]
    for (const attempt of attempts) {
      const response = await attempt.loginAs(other.owner).accept('json').withCsrfToken()
      response.assertStatus(404)
    }
    const [unchanged] = await zonesOf(tenant.id)
    assert.equal(unchanged.name, 'Domestic')
    assert.lengthOf(unchanged.rates, 1)
    const agent = await addMember(tenant.id, 'agent')
    ;(await client.get(`/app/${tenant.slug}/storefront/shipping`).loginAs(agent)).assertStatus(403)
  })
})
