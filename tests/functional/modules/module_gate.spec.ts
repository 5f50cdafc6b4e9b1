import { test } from '@japa/runner'
import Tenant from '#kernel/tenancy/models/tenant'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeWorkspace } from '#tests/support/factories'

const system = { actor: null }

async function apiToken(tenant: Tenant) {
  const token = await Tenant.apiTokens.create(tenant, ['*'], { name: 'Test' })
  return token.value!.release()
}

test.group('Module gate', () => {
  test('back-office routes of a disabled module answer 404', async ({ client, assert }) => {
    const first = await makeWorkspace({ slug: 'first-shop' })
    const second = await makeWorkspace({ slug: 'second-shop' })

    const before = await client.get('/app/first-shop/alpha/notes').loginAs(first.owner)
    before.assertStatus(404)

    await withTenant(first.tenant.id, () => enableModule('alpha', system))
    const after = await client.get('/app/first-shop/alpha/notes').loginAs(first.owner)
    after.assertStatus(200)
    assert.deepEqual(after.body(), { notes: ['Welcome to Alpha'] })

    const other = await client.get('/app/second-shop/alpha/notes').loginAs(second.owner)
    other.assertStatus(404)
  })

  test('storefront routes of a disabled module answer 404', async ({ client }) => {
    const { tenant } = await makeWorkspace({ slug: 'glow' })
    const off = await client.get('/s/glow/alpha-notes')
    off.assertStatus(404)
    await withTenant(tenant.id, () => enableModule('alpha', system))
    const on = await client.get('/s/glow/alpha-notes')
    on.assertStatus(200)
    on.assertBodyContains({ notes: ['Welcome to Alpha'] })
  })

  test('API routes of a disabled module answer 404, per token workspace', async ({
    client,
    assert,
  }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    const firstToken = await apiToken(first.tenant)
    const secondToken = await apiToken(second.tenant)

    const off = await client.get('/api/v1/alpha/notes').bearerToken(firstToken)
    off.assertStatus(404)

    await withTenant(first.tenant.id, () => enableModule('alpha', system))
    const on = await client.get('/api/v1/alpha/notes').bearerToken(firstToken)
    on.assertStatus(200)
    assert.deepEqual(on.body(), { notes: ['Welcome to Alpha'] })

    const other = await client.get('/api/v1/alpha/notes').bearerToken(secondToken)
    other.assertStatus(404)

    const anonymous = await client.get('/api/v1/alpha/notes')
    anonymous.assertStatus(401)
  })

  test('navigation shows enabled modules the member may use', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'nav-shop' })
    const manager = await addMember(tenant.id, 'manager')
    const agent = await addMember(tenant.id, 'agent')
    const labels = async (user: typeof owner) => {
      const page = await client.get('/app/nav-shop').loginAs(user).withInertia()
      return (page.inertiaProps.shell.navigation as { label: string }[]).map((item) => item.label)
    }

    assert.deepEqual(await labels(owner), ['Dashboard'])
    await withTenant(tenant.id, () => enableModule('alpha', system))
    assert.deepEqual(await labels(owner), ['Dashboard', 'Alpha notes'])
    assert.deepEqual(await labels(manager), ['Dashboard', 'Alpha notes'])
    assert.deepEqual(await labels(agent), ['Dashboard'], 'agents do not hold alpha.notes.view')
  })

  test('module permissions appear in role settings with their labels', async ({
    client,
    assert,
  }) => {
    const { owner } = await makeWorkspace({ slug: 'roles-shop' })
    const page = await client.get('/app/roles-shop/settings/roles').loginAs(owner).withInertia()
    const permissions = page.inertiaProps.permissions as { key: string; label: string }[]
    assert.deepInclude(permissions, { key: 'alpha.notes.view', label: 'See alpha notes' })
    assert.deepInclude(permissions, { key: 'beta.reports.view', label: 'See beta reports' })
    const manager = (page.inertiaProps.roles as { value: string; permissions: string[] }[]).find(
      (role) => role.value === 'manager'
    )!
    assert.include(manager.permissions, 'alpha.notes.view', 'the module default applies')
  })
})
