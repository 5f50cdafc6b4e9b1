import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import OutboxMessage from '#kernel/outbox/outbox_message'
import { relayStaleMessages } from '#kernel/outbox/outbox'
import { emitEvent } from '#kernel/contracts/emit_event'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { makeWorkspace } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import { fixtureLog } from '#tests/fixtures/modules/fixture_log'
import AlphaNote from '#tests/fixtures/modules/alpha/alpha_note'

const system = { actor: null }

async function workspaceWith(modules: string[]) {
  const { tenant } = await makeWorkspace()
  for (const key of modules) {
    await withTenant(tenant.id, () => enableModule(key, system))
  }
  return tenant
}

function joined(tenantId: string) {
  return { tenantId, membershipId: crypto.randomUUID(), userId: crypto.randomUUID() }
}

async function pendingMessages() {
  return withPlatform('test', async () =>
    db.from('outbox_messages').whereNull('dispatched_at').count('* as count')
  ).then(([row]) => Number(row.count))
}

test.group('Domain events through the outbox', (group) => {
  group.each.setup(() => fixtureLog.reset())

  test('an event emitted in a rolled-back transaction is never delivered', async ({ assert }) => {
    const tenant = await workspaceWith(['beta'])
    await assert.rejects(() =>
      withTenant(tenant.id, async () => {
        await emitEvent('workspace.member.joined', joined(tenant.id))
        throw new Error('the change failed')
      })
    )
    await runQueuedJobs()
    assert.deepEqual(fixtureLog.deliveries, [])
    assert.equal(await pendingMessages(), 0)
  })

  test('a committed event reaches each enabled listener once, after commit', async ({ assert }) => {
    const tenant = await workspaceWith(['beta'])
    const payload = joined(tenant.id)
    await withTenant(tenant.id, async () => {
      await emitEvent('workspace.member.joined', payload)
      assert.deepEqual(fixtureLog.deliveries, [], 'nothing runs inside the transaction')
    })
    await runQueuedJobs()
    assert.sameDeepMembers(fixtureLog.deliveries, [
      { listener: 'alpha:note_member_joined', payload },
      { listener: 'beta:record_member_joined', payload },
    ])
    const notes = await withTenant(tenant.id, () => AlphaNote.query().whereLike('body', '%joined'))
    assert.lengthOf(notes, 1, 'the listener ran in the event’s workspace')
  })

  test('listeners of modules the workspace has not enabled are skipped', async ({ assert }) => {
    const tenant = await workspaceWith(['alpha'])
    const payload = joined(tenant.id)
    await withTenant(tenant.id, () => emitEvent('workspace.member.joined', payload))
    await runQueuedJobs()
    assert.deepEqual(fixtureLog.deliveries, [{ listener: 'alpha:note_member_joined', payload }])
  })

  test('messages a crash left pending are relayed once', async ({ assert }) => {
    const tenant = await workspaceWith(['alpha'])
    const payload = joined(tenant.id)
    await withTenant(tenant.id, () =>
      OutboxMessage.create({
        kind: 'event',
        name: 'workspace.member.joined',
        payload,
        createdAt: DateTime.now().minus({ minutes: 5 }),
      })
    )
    assert.equal(await relayStaleMessages(), 1)
    assert.equal(await relayStaleMessages(), 0)
    await runQueuedJobs()
    assert.deepEqual(fixtureLog.deliveries, [{ listener: 'alpha:note_member_joined', payload }])
  })
})
