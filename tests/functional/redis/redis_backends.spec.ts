import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { redis as redisTransport } from '@adonisjs/transmit/transports/redis'
import { redis as redisQueue } from '@boringnode/queue/drivers/redis_adapter'
import { redisConnectionOptions } from '#config/redis'

/**
 * With REDIS_URL, live events and jobs go through Redis. CI starts a
 * Redis server and sets TEST_REDIS_URL; without it these tests are skipped.
 */
const redisUrl = process.env.TEST_REDIS_URL
const skipReason = 'TEST_REDIS_URL is not set (.ci/run starts a Redis server and sets it)'

async function until(check: () => boolean, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

test.group('Redis backends', () => {
  test('live events travel between processes through Redis', async ({ assert, cleanup }) => {
    const factory = redisTransport(redisConnectionOptions(redisUrl!))
    const web = factory().setId('web')
    const worker = factory().setId('worker')
    cleanup(async () => {
      await Promise.all([web.disconnect(), worker.disconnect()])
    })
    const channel = `wrencos_test_${randomUUID()}`
    const heard: unknown[] = []
    await web.subscribe(channel, (message) => {
      heard.push(message)
    })
    await worker.publish(channel, { channel: 'tenants/x/users/y', payload: { n: 1 } })
    await until(() => heard.length === 1)
    assert.deepEqual(heard, [{ channel: 'tenants/x/users/y', payload: { n: 1 } }])
  }).skip(!redisUrl, skipReason)

  test('jobs wait in Redis and are handed to one worker', async ({ assert, cleanup }) => {
    const adapter = redisQueue(redisConnectionOptions(redisUrl!))()
    cleanup(() => adapter.destroy())
    const queue = `wrencos_test_${randomUUID()}`
    const id = randomUUID()
    await adapter.pushOn(queue, {
      id,
      name: 'SendMailJob',
      payload: { to: 'a@b.test' },
      attempts: 0,
    })
    assert.equal(await adapter.sizeOf(queue), 1)
    const acquired = await adapter.popFrom(queue)
    assert.equal(acquired?.id, id)
    assert.deepEqual(acquired?.payload, { to: 'a@b.test' })
    assert.isNull(await adapter.popFrom(queue), 'a job is handed out once')
    await adapter.completeJob(id, queue)
    assert.equal(await adapter.sizeOf(queue), 0)
  }).skip(!redisUrl, skipReason)
})
