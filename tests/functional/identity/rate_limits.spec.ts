import { test } from '@japa/runner'
import { rateLimits } from '#kernel/identity/rate_limits'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeWorkspace } from '#tests/support/factories'

test.group('Rate limits', () => {
  test('a limiter first used inside a workspace scope counts outside its transaction', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace()
    const key = `scope-test:${tenant.id}`
    await withTenant(tenant.id, async () => {
      await rateLimits.verificationEmail().consume(key)
      throw new Error('the request fails after counting')
    }).catch(() => {})

    const remaining = await rateLimits.verificationEmail().remaining(key)
    assert.equal(remaining, 2, 'the attempt stays counted when the request rolls back')
  })
})
