import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Tenant from '#kernel/tenancy/models/tenant'
import { addMember } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'

async function tokenRows(tenantId: string) {
  return db.from('api_tokens').where('tokenable_id', tenantId).orderBy('id')
}

test.group('API tokens: workspace settings', () => {
  test('lists the scopes of enabled modules and the workspace tokens', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeShop({ slug: 'token-list' })
    await Tenant.apiTokens.create(tenant, ['catalog:read'], { name: 'Mobile app' })
    const other = await makeShop({ slug: 'token-other' })
    await Tenant.apiTokens.create(other.tenant, ['orders:read'], { name: 'Not mine' })

    const page = await client
      .get('/app/token-list/settings/api-tokens')
      .loginAs(owner)
      .withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('workspace/settings/api_tokens')
    const props = page.inertiaProps as any
    assert.deepEqual(
      props.tokens.map((token: any) => [token.name, token.scopes]),
      [['Mobile app', ['catalog:read']]]
    )
    const storefront = props.scopeGroups.find((group: any) => group.module === 'storefront')
    assert.sameMembers(
      storefront.scopes.map((scope: any) => scope.key),
      ['catalog:read', 'cart:write', 'checkout:write', 'orders:read']
    )
    assert.isTrue(props.canManage)
    assert.isNull(props.createdToken)
  })

  test('creates a token, shows its secret once, and the token works', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeShop({ slug: 'token-create' })
    const created = await client
      .post('/app/token-create/settings/api-tokens')
      .loginAs(owner)
      .withCsrfToken()
      .json({ name: 'Headless shop', scopes: ['catalog:read', 'cart:write'], expiresInDays: 30 })
      .redirects(0)
    created.assertStatus(302)
    const flashed = created.flashMessages().createdApiToken as { name: string; value: string }
    assert.equal(flashed.name, 'Headless shop')
    assert.match(flashed.value, /^wrc_/)

    const [row] = await tokenRows(tenant.id)
    assert.equal(row.name, 'Headless shop')
    assert.equal(row.created_by, owner.id)
    assert.deepEqual(JSON.parse(row.abilities), ['catalog:read', 'cart:write'])
    assert.notInclude(row.hash, flashed.value.split('.').at(-1)!)
    const days = (new Date(row.expires_at).getTime() - Date.now()) / 86_400_000
    assert.closeTo(days, 30, 0.1)

    const shown = await client
      .get('/app/token-create/settings/api-tokens')
      .loginAs(owner)
      .withFlashMessages({ createdApiToken: flashed })
      .withInertia()
    shown.assertInertiaPropsContains({ createdToken: flashed })
    const later = await client
      .get('/app/token-create/settings/api-tokens')
      .loginAs(owner)
      .withInertia()
    later.assertInertiaPropsContains({ createdToken: null })

    const api = await client.get('/api/v1/products').bearerToken(flashed.value)
    api.assertStatus(200)
  })

  test('refuses bad input and stores nothing', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop({ slug: 'token-bad' })
    const post = (body: Record<string, unknown>) =>
      client
        .post('/app/token-bad/settings/api-tokens')
        .loginAs(owner)
        .withCsrfToken()
        .json(body)
        .redirects(0)

    assertFieldError(await post({ name: '', scopes: ['catalog:read'] }), 'name')
    assertFieldError(await post({ name: 'No scopes', scopes: [] }), 'scopes')
    assertFieldError(
      await post({ name: 'Made up', scopes: ['everything:write'] }),
      'scopes',
      'Unknown scope: everything:write.'
    )
    assertFieldError(
      await post({ name: 'Odd expiry', scopes: ['catalog:read'], expiresInDays: 12 }),
      'expiresInDays'
    )
    assert.lengthOf(await tokenRows(tenant.id), 0)
  })

  test('revokes a token after which it gets 401', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop({ slug: 'token-revoke' })
    const token = await Tenant.apiTokens.create(tenant, ['catalog:read'], { name: 'Old' })
    const secret = token.value!.release()
    ;(await client.get('/api/v1/products').bearerToken(secret)).assertStatus(200)

    const revoked = await client
      .delete(`/app/token-revoke/settings/api-tokens/${token.identifier}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    revoked.assertStatus(302)
    revoked.assertFlashMessage('success', 'Token "Old" revoked. It no longer works.')
    assert.lengthOf(await tokenRows(tenant.id), 0)

    const refused = await client.get('/api/v1/products').bearerToken(secret)
    refused.assertStatus(401)
    assert.match(refused.body().errors[0].message, /valid API token/)
  })

  test('members without the permission cannot create or revoke tokens', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'token-perm' })
    const manager = await addMember(tenant.id, 'manager')
    const token = await Tenant.apiTokens.create(tenant, ['catalog:read'], { name: 'Keep' })

    const page = await client
      .get('/app/token-perm/settings/api-tokens')
      .loginAs(manager)
      .withInertia()
    page.assertStatus(200)
    page.assertInertiaPropsContains({ canManage: false })

    const create = await client
      .post('/app/token-perm/settings/api-tokens')
      .loginAs(manager)
      .withCsrfToken()
      .json({ name: 'Sneaky', scopes: ['catalog:read'] })
      .redirects(0)
    create.assertFlashMessage('error')
    const revoke = await client
      .delete(`/app/token-perm/settings/api-tokens/${token.identifier}`)
      .loginAs(manager)
      .withCsrfToken()
      .redirects(0)
    revoke.assertFlashMessage('error')
    assert.lengthOf(await tokenRows(tenant.id), 1)
  })

  test("staff of one workspace cannot revoke another workspace's token", async ({
    client,
    assert,
  }) => {
    const mine = await makeShop({ slug: 'token-mine' })
    const theirs = await makeShop({ slug: 'token-theirs' })
    const token = await Tenant.apiTokens.create(theirs.tenant, ['catalog:read'], { name: 'Theirs' })
    const response = await client
      .delete(`/app/token-mine/settings/api-tokens/${token.identifier}`)
      .loginAs(mine.owner)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(404)
    assert.lengthOf(await tokenRows(theirs.tenant.id), 1)
  })
})
