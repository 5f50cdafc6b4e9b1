import { test } from '@japa/runner'
import { Locator } from '@adonisjs/queue'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeWorkspace } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import AlphaNote from '#tests/fixtures/modules/alpha/alpha_note'
import FlakySideEffectJob, { externalCalls } from '#tests/fixtures/jobs/flaky_side_effect_job'

test.group('Jobs', (group) => {
  group.setup(() => Locator.register('FlakySideEffectJob', FlakySideEffectJob))
  group.each.setup(() => {
    externalCalls.length = 0
  })

  test('a job retried after a failure does not repeat its completed side effect', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace()
    await FlakySideEffectJob.dispatch({ tenantId: tenant.id, orderRef: 'A-1001' })
    await runQueuedJobs()

    assert.deepEqual(externalCalls, ['charge A-1001'])
    const notes = await withTenant(tenant.id, () => AlphaNote.all())
    assert.deepEqual(
      notes.map((note) => note.body),
      ['attempt 2'],
      'the failed attempt’s database writes were rolled back with it'
    )
  })

  test('a job runs in its own tenant’s scope only', async ({ assert }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    await FlakySideEffectJob.dispatch({ tenantId: first.tenant.id, orderRef: 'B-1' })
    await runQueuedJobs()
    assert.lengthOf(await withTenant(first.tenant.id, () => AlphaNote.all()), 1)
    assert.lengthOf(await withTenant(second.tenant.id, () => AlphaNote.all()), 0)
  })
})
