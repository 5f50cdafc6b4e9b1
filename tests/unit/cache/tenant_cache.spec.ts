import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { tenantCache } from '#kernel/cache/tenant_cache'

test.group('Tenant cache', () => {
  test('keys are per workspace; clearing one workspace keeps the others', async ({ assert }) => {
    const first = tenantCache(randomUUID())
    const second = tenantCache(randomUUID())
    await first.set({ key: 'catalog:home', value: 'first home' })
    await second.set({ key: 'catalog:home', value: 'second home' })

    assert.equal(await first.get({ key: 'catalog:home' }), 'first home')
    assert.equal(await second.get({ key: 'catalog:home' }), 'second home')

    await first.clear()
    assert.isUndefined(await first.get({ key: 'catalog:home' }))
    assert.equal(await second.get({ key: 'catalog:home' }), 'second home')
  })

  test('needs a workspace: outside a tenant scope it refuses', ({ assert }) => {
    assert.throws(() => tenantCache())
  })
})
