import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { databaseConnection } from '#config/database'
import { PostgresTransport } from '#kernel/realtime/postgres_transport'

async function until(check: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

function transport(id: string) {
  return new PostgresTransport(databaseConnection).setId(id)
}

test.group('Live events between processes (PostgreSQL transport)', () => {
  test('a message published by one process reaches the others, not itself', async ({
    assert,
    cleanup,
  }) => {
    const web = transport('web')
    const worker = transport('worker')
    cleanup(async () => {
      await Promise.all([web.disconnect(), worker.disconnect()])
    })
    const heardByWeb: unknown[] = []
    const heardByWorker: unknown[] = []
    await web.subscribe('wrencos_test', (message) => {
      heardByWeb.push(message)
    })
    await worker.subscribe('wrencos_test', (message) => {
      heardByWorker.push(message)
    })

    await worker.publish('wrencos_test', { channel: 'tenants/x/users/y', payload: { n: 1 } })
    await until(() => heardByWeb.length === 1)
    assert.deepEqual(heardByWeb, [{ channel: 'tenants/x/users/y', payload: { n: 1 } }])
    assert.deepEqual(heardByWorker, [])
  })

  test('refuses messages PostgreSQL cannot carry', async ({ assert, cleanup }) => {
    const web = transport('web')
    cleanup(() => web.disconnect())
    await assert.rejects(
      () => web.publish('wrencos_test', { text: 'x'.repeat(9000) }),
      /send ids and let clients fetch the rest/
    )
  })

  test('listens again after losing its connection', async ({ assert, cleanup }) => {
    const web = transport('web')
    const worker = transport('worker')
    cleanup(async () => {
      await Promise.all([web.disconnect(), worker.disconnect()])
    })
    const heard: unknown[] = []
    let reconnected = 0
    web.onReconnect(() => {
      reconnected++
    })
    await web.subscribe('wrencos_test', (message) => {
      heard.push(message)
    })

    await db.rawQuery(
      `select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen %' and pid <> pg_backend_pid()`
    )
    await until(() => reconnected === 1)
    await worker.publish('wrencos_test', { after: 'reconnect' })
    await until(() => heard.length === 1)
    assert.deepEqual(heard, [{ after: 'reconnect' }])
  })
})
