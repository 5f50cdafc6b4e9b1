import { test } from '@japa/runner'

test.group('Health endpoints', () => {
  test('liveness answers without touching dependencies', async ({ client }) => {
    const response = await client.get('/health/live')
    response.assertStatus(200)
    response.assertBodyContains({ status: 'ok' })
  })

  test('readiness reports a healthy database', async ({ client, assert }) => {
    const response = await client.get('/health/ready')
    assert.equal(response.status(), 200, JSON.stringify(response.body().checks))
    const database = response
      .body()
      .checks.find((check: { name: string }) => check.name.toLowerCase().includes('database'))
    assert.exists(database)
    assert.equal(database.status, 'ok')
  })
})
