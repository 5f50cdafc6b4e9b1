import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import timekeeper from 'timekeeper'
import { DateTime } from 'luxon'
import AuditEvent from '#kernel/audit/audit_event'
import TenantModule from '#kernel/modules/tenant_module'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import {
  ModuleLifecycleError,
  cancelPurge,
  disableModule,
  enableModule,
  enabledModuleKeys,
  moduleSettings,
  runDuePurges,
  schedulePurge,
  updateModuleSettings,
} from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeWorkspace } from '#tests/support/factories'
import AlphaNote from '#tests/fixtures/modules/alpha/alpha_note'
import { fixtureLog } from '#tests/fixtures/modules/fixture_log'

const system = { actor: null }

test.group('Module lifecycle', (group) => {
  group.each.setup(() => fixtureLog.reset())
  group.each.teardown(() => timekeeper.reset())

  test('enabling a module enables its dependencies first, then ready bridges', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace()
    const enabled = await withTenant(tenant.id, () => enableModule('beta', system))
    assert.deepEqual(enabled, ['alpha', 'beta', 'gamma'])
    assert.deepEqual(fixtureLog.hooks, ['alpha:onEnable', 'beta:onEnable', 'gamma:onEnable'])
    await withTenant(tenant.id, async () => {
      assert.sameMembers([...(await enabledModuleKeys())], ['alpha', 'beta', 'gamma'])
      const actions = (await AuditEvent.query().whereLike('action', 'module.%').orderBy('id')).map(
        (event) => [event.action, event.subjectId]
      )
      assert.deepEqual(actions, [
        ['module.enabled', 'alpha'],
        ['module.enabled', 'beta'],
        ['module.enabled', 'gamma'],
      ])
    })
  })

  test('enabling is idempotent and onEnable never duplicates its work', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    await withTenant(tenant.id, async () => {
      await enableModule('alpha', system)
      assert.deepEqual(await enableModule('alpha', system), [])
      await disableModule('alpha', system)
      await enableModule('alpha', system)
      assert.deepEqual(fixtureLog.hooks, ['alpha:onEnable', 'alpha:onDisable', 'alpha:onEnable'])
      assert.deepEqual(
        (await AlphaNote.all()).map((note) => note.body),
        ['Welcome to Alpha']
      )
    })
  })

  test('a failure after enabling rolls the whole change back', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    const note = await withTenant(tenant.id, () => AlphaNote.create({ body: 'before' }))
    await assert.rejects(() =>
      withTenant(tenant.id, async () => {
        await AlphaNote.query().where('id', note.id).delete()
        await enableModule('alpha', system)
        throw new Error('the request failed after enabling')
      })
    )
    await withTenant(tenant.id, async () => {
      assert.deepEqual([...(await enabledModuleKeys())], [])
      assert.lengthOf(await AlphaNote.all(), 1, 'the whole transaction rolled back')
    })
  })

  test('disabling keeps the data; enabling again restores it', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    await withTenant(tenant.id, async () => {
      await enableModule('alpha', system)
      await AlphaNote.create({ body: 'Restock the serum' })
      assert.deepEqual(await disableModule('alpha', system), ['alpha'])
      assert.deepEqual([...(await enabledModuleKeys())], [])
      assert.lengthOf(await AlphaNote.all(), 2)
      await enableModule('alpha', system)
      assert.sameMembers(
        (await AlphaNote.all()).map((note) => note.body),
        ['Welcome to Alpha', 'Restock the serum']
      )
    })
  })

  test('disabling is refused while an enabled module needs it; bridges go with it', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace()
    await withTenant(tenant.id, async () => {
      await enableModule('beta', system)
      await assert.rejects(
        () => disableModule('alpha', system),
        'Disable Beta first: it needs this module.'
      )
      assert.deepEqual(await disableModule('beta', system), ['gamma', 'beta'])
      assert.deepEqual([...(await enabledModuleKeys())], ['alpha'])
    })
  })

  test('the plan decides which modules may be enabled', async ({ assert, cleanup }) => {
    class NoBeta extends ModuleAvailability {
      async isAvailable(_tenantId: string, key: string) {
        return key !== 'beta'
      }
    }
    app.container.swap(ModuleAvailability, () => new NoBeta())
    cleanup(() => app.container.restore(ModuleAvailability))
    const { tenant } = await makeWorkspace()
    await assert.rejects(
      () => withTenant(tenant.id, () => enableModule('beta', system)),
      'Beta is not included in your plan. Upgrade to use it.'
    )
    await withTenant(tenant.id, async () => {
      assert.deepEqual([...(await enabledModuleKeys())], [])
    })
  })

  test('purge: typed confirmation, a delay, cancellable, then onPurge', async ({ assert }) => {
    const { tenant, owner } = await makeWorkspace()
    const actor = { actor: { id: owner.id, label: owner.email } }
    await withTenant(tenant.id, async () => {
      await enableModule('alpha', actor)
      await assert.rejects(
        () => schedulePurge('alpha', 'alpha', actor),
        'Only a disabled module can be purged. Disable it first.'
      )
      await disableModule('alpha', actor)
      await assert.rejects(() => schedulePurge('alpha', 'alph', actor), 'Type "alpha" to confirm.')
      const row = await schedulePurge('alpha', 'alpha', actor)
      assert.equal(Math.round(row.purgeAfter!.diffNow('days').days), 7)
      await cancelPurge('alpha', actor)
      await schedulePurge('alpha', 'alpha', actor)
    })

    assert.equal(await runDuePurges(), 0, 'nothing is due before the delay')
    timekeeper.travel(DateTime.now().plus({ days: 7, minutes: 1 }).toJSDate())
    assert.equal(await runDuePurges(), 1)
    assert.equal(await runDuePurges(), 0, 'a purge runs once')

    await withTenant(tenant.id, async () => {
      assert.lengthOf(await AlphaNote.all(), 0)
      const row = await TenantModule.findByOrFail('module_key', 'alpha')
      assert.isNotNull(row.purgedAt)
      const actions = (await AuditEvent.query().whereLike('action', 'module.%').orderBy('id')).map(
        (event) => event.action
      )
      assert.deepEqual(actions, [
        'module.enabled',
        'module.disabled',
        'module.purge_scheduled',
        'module.purge_cancelled',
        'module.purge_scheduled',
        'module.purged',
      ])
    })
    assert.deepEqual(fixtureLog.hooks.at(-1), 'alpha:onPurge')
  })

  test('a purge never touches another workspace', async ({ assert }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    for (const { tenant } of [first, second]) {
      await withTenant(tenant.id, async () => {
        await enableModule('alpha', system)
        await disableModule('alpha', system)
      })
    }
    await withTenant(first.tenant.id, () => schedulePurge('alpha', 'alpha', system))
    timekeeper.travel(DateTime.now().plus({ days: 8 }).toJSDate())
    assert.equal(await runDuePurges(), 1)
    await withTenant(first.tenant.id, async () => assert.lengthOf(await AlphaNote.all(), 0))
    await withTenant(second.tenant.id, async () => assert.lengthOf(await AlphaNote.all(), 1))
  })

  test('unknown modules are refused', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    const error = await withTenant(tenant.id, () => enableModule('nope', system)).catch(
      (caught) => caught
    )
    assert.instanceOf(error, ModuleLifecycleError)
  })
})

test.group('Module settings', () => {
  test('are validated with the module’s schema and kept per workspace', async ({ assert }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    for (const { tenant } of [first, second]) {
      await withTenant(tenant.id, () => enableModule('alpha', system))
    }
    await withTenant(first.tenant.id, async () => {
      await updateModuleSettings('alpha', { greeting: '  Bonjour  ' }, system)
      assert.deepEqual(await moduleSettings('alpha'), { greeting: 'Bonjour' })
      const error = await updateModuleSettings('alpha', { greeting: 'x'.repeat(41) }, system).catch(
        (caught) => caught
      )
      assert.equal(error.code, 'E_VALIDATION_ERROR')
      await assert.rejects(() => updateModuleSettings('beta', {}, system), 'beta has no settings.')
    })
    await withTenant(second.tenant.id, async () => {
      assert.deepEqual(await moduleSettings('alpha'), {})
    })
  })
})
