import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import TenantModule from '#kernel/modules/tenant_module'
import { enableModule, enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeWorkspace } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'

test.group('Modules settings', () => {
  test('lists every module with its dependencies and state', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'list-shop' })
    await withTenant(tenant.id, () => enableModule('alpha', { actor: null }))
    const page = await client.get('/app/list-shop/settings/modules').loginAs(owner).withInertia()
    page.assertStatus(200)
    const modules = page.inertiaProps.modules as any[]
    const beta = modules.find((module) => module.key === 'beta')
    assert.deepInclude(beta, {
      name: 'Beta',
      state: 'off',
      available: true,
      dependsOn: [{ key: 'alpha', name: 'Alpha' }],
      willAlsoEnable: [],
    })
    assert.deepInclude(
      modules.find((module) => module.key === 'alpha'),
      { state: 'enabled' }
    )
    assert.deepInclude(
      modules.find((module) => module.key === 'gamma'),
      {
        bridge: true,
        willAlsoEnable: ['Beta'],
      }
    )
    page.assertInertiaPropsContains({ canManage: true, canPurge: true, purgeDelayDays: 7 })
  })

  test('enable and disable through the page', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'flip-shop' })
    const enabled = await client
      .post('/app/flip-shop/settings/modules/beta/enable')
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    enabled.assertStatus(302)
    enabled.assertFlashMessage('success', 'Alpha, Beta and Gamma bridge are now on.')

    const refused = await client
      .post('/app/flip-shop/settings/modules/alpha/disable')
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    refused.assertFlashMessage('error', 'Disable Beta first: it needs this module.')

    await client
      .post('/app/flip-shop/settings/modules/beta/disable')
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    await withTenant(tenant.id, async () => {
      assert.deepEqual([...(await enabledModuleKeys())], ['alpha'])
    })
  })

  test('only members allowed may switch modules; only owners may purge', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeWorkspace({ slug: 'perm-shop' })
    const admin = await addMember(tenant.id, 'admin')
    const manager = await addMember(tenant.id, 'manager')

    const byManager = await client
      .post('/app/perm-shop/settings/modules/alpha/enable')
      .loginAs(manager)
      .withCsrfToken()
      .redirects(0)
    byManager.assertFlashMessage(
      'error',
      'You do not have permission to do that. Ask an owner or admin of the workspace.'
    )

    await client.post('/app/perm-shop/settings/modules/alpha/enable').loginAs(admin).withCsrfToken()
    await client
      .post('/app/perm-shop/settings/modules/alpha/disable')
      .loginAs(admin)
      .withCsrfToken()
    const purgeByAdmin = await client
      .post('/app/perm-shop/settings/modules/alpha/purge')
      .loginAs(admin)
      .form({ confirmation: 'alpha' })
      .withCsrfToken()
      .redirects(0)
    purgeByAdmin.assertFlashMessage('error', 'Only an owner can do this.')
    await withTenant(tenant.id, async () => {
      const row = await TenantModule.findByOrFail('module_key', 'alpha')
      assert.equal(row.status, 'disabled')
      assert.isNull(row.purgeAfter)
    })
  })

  test('purging needs the typed key, then can be cancelled', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'purge-shop' })
    await client
      .post('/app/purge-shop/settings/modules/alpha/enable')
      .loginAs(owner)
      .withCsrfToken()
    await client
      .post('/app/purge-shop/settings/modules/alpha/disable')
      .loginAs(owner)
      .withCsrfToken()

    const wrong = await client
      .post('/app/purge-shop/settings/modules/alpha/purge')
      .loginAs(owner)
      .form({ confirmation: 'Alpha' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(wrong, 'confirmation', 'Type "alpha" to confirm.')

    const scheduled = await client
      .post('/app/purge-shop/settings/modules/alpha/purge')
      .loginAs(owner)
      .form({ confirmation: 'alpha' })
      .withCsrfToken()
      .redirects(0)
    scheduled.assertStatus(302)
    const row = await withTenant(tenant.id, () => TenantModule.findByOrFail('module_key', 'alpha'))
    assert.isTrue(row.purgeAfter! > DateTime.now().plus({ days: 6 }))

    await client
      .delete('/app/purge-shop/settings/modules/alpha/purge')
      .loginAs(owner)
      .withCsrfToken()
    const cancelled = await withTenant(tenant.id, () =>
      TenantModule.findByOrFail('module_key', 'alpha')
    )
    assert.isNull(cancelled.purgeAfter)
  })

  test('unknown modules and other workspaces answer 404', async ({ client }) => {
    const { owner } = await makeWorkspace({ slug: 'mine' })
    await makeWorkspace({ slug: 'theirs' })
    const unknown = await client
      .post('/app/mine/settings/modules/nope/enable')
      .loginAs(owner)
      .withCsrfToken()
    unknown.assertStatus(404)
    const foreign = await client
      .post('/app/theirs/settings/modules/alpha/enable')
      .loginAs(owner)
      .withCsrfToken()
    foreign.assertStatus(404)
  })
})
