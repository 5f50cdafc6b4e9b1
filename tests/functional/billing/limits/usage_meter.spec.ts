import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { DateTime, Settings } from 'luxon'
import Subscription from '#kernel/billing/models/subscription'
import UsageCounter from '#kernel/billing/models/usage_counter'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { createPlan } from '#kernel/billing/plans/plan_service'
import { UsageLimitReached } from '#kernel/billing/usage/usage_limit_reached'
import { inviteMember } from '#kernel/identity/actions/invite_member'
import { makeWorkspace } from '#tests/support/factories'
import { seedPlans, subscribeTenant } from '#tests/support/billing_factories'

async function meterIn<T>(tenantId: string, fn: (meter: UsageMeter) => Promise<T>) {
  const meter = await app.container.make(UsageMeter)
  return withTenant(tenantId, () => fn(meter))
}

function moveTimeTo(moment: DateTime, cleanup: (fn: () => void) => void) {
  Settings.now = () => moment.toMillis()
  cleanup(() => {
    Settings.now = () => Date.now()
  })
}

test.group('Usage meter', () => {
  test('usage is recorded per billing period; a new period starts at zero', async ({
    assert,
    cleanup,
  }) => {
    await seedPlans()
    const { tenant } = await makeWorkspace()
    await subscribeTenant(tenant.id, 'starter')
    await meterIn(tenant.id, async (meter) => {
      await meter.record('ai_messages', 3)
      await meter.record('ai_messages', 4)
    })
    const first = await meterIn(tenant.id, (meter) => meter.usage('ai_messages'))
    assert.deepEqual(first, { metric: 'ai_messages', used: 7, limit: 500 })

    // A month later Stripe renews the subscription: the period moves on.
    const renewal = await withTenant(tenant.id, async () => {
      const subscription = await Subscription.query().firstOrFail()
      const end = subscription.currentPeriodEnd
      subscription.merge({ currentPeriodStart: end, currentPeriodEnd: end.plus({ months: 1 }) })
      await subscription.save()
      return end
    })
    moveTimeTo(renewal.plus({ days: 1 }), cleanup)
    const moved = await meterIn(tenant.id, (meter) => meter.usage('ai_messages'))
    assert.equal(moved.used, 0)
    await meterIn(tenant.id, (meter) => meter.record('ai_messages', 2))
    const rows = await withTenant(tenant.id, () =>
      UsageCounter.query().where('metric', 'ai_messages').orderBy('period_start')
    )
    assert.deepEqual(
      rows.map((row) => row.quantity),
      [7, 2]
    )
    assert.equal(rows[1].periodStart.toMillis(), renewal.toMillis())
  })

  test('without a running subscription period, usage follows the calendar month', async ({
    assert,
    cleanup,
  }) => {
    await seedPlans()
    const { tenant } = await makeWorkspace()
    await withTenant(tenant.id, async () => {
      for (const subscription of await Subscription.query()) await subscription.delete()
    })
    moveTimeTo(DateTime.fromISO('2026-03-31T23:00:00Z'), cleanup)
    await meterIn(tenant.id, (meter) => meter.record('emails', 10))
    const march = await meterIn(tenant.id, (meter) => meter.usage('emails'))
    assert.deepEqual(march, { metric: 'emails', used: 10, limit: 20_000 })

    moveTimeTo(DateTime.fromISO('2026-04-01T01:00:00Z'), cleanup)
    const april = await meterIn(tenant.id, (meter) => meter.usage('emails'))
    assert.equal(april.used, 0)
    await meterIn(tenant.id, (meter) => meter.record('emails', 2))

    const rows = await withTenant(tenant.id, () =>
      UsageCounter.query().where('metric', 'emails').orderBy('period_start')
    )
    assert.deepEqual(
      rows.map((row) => [row.periodStart.toUTC().toISODate(), row.quantity]),
      [
        ['2026-03-01', 10],
        ['2026-04-01', 2],
      ]
    )
  })

  test('usage counters belong to one workspace', async ({ assert }) => {
    await seedPlans()
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    await meterIn(first.tenant.id, (meter) => meter.record('ai_messages', 42))

    const other = await meterIn(second.tenant.id, (meter) => meter.usage('ai_messages'))
    assert.equal(other.used, 0)
    const visible = await withTenant(second.tenant.id, () => db.from('usage_counters'))
    assert.lengthOf(visible, 0, 'row-level security hides the other workspace counters')
    const own = await meterIn(first.tenant.id, (meter) => meter.usage('ai_messages'))
    assert.equal(own.used, 42)
  })

  test('AI messages and stream time are refused at the limit, with the plan in the message', async ({
    assert,
  }) => {
    await createPlan({
      key: 'live',
      name: 'Live',
      currency: 'EUR',
      monthly_price: 10,
      yearly_price: 100,
      trial_days: 0,
      modules: [],
      limits: { ai_messages: 10, stream_hours: 2 },
      is_public: true,
      is_default: true,
      sort_order: 0,
    })
    const { tenant } = await makeWorkspace()
    await meterIn(tenant.id, async (meter) => {
      await meter.record('ai_messages', 9)
      assert.isTrue(await meter.allows('ai_messages'))
      await meter.ensureAllowed('ai_messages')
      await meter.record('ai_messages', 1)
      assert.isFalse(await meter.allows('ai_messages'))
      await assert.rejects(
        () => meter.ensureAllowed('ai_messages'),
        'Your Live plan includes 10 AI messages a month. Upgrade to send more.'
      )

      await meter.record('stream_minutes', 100)
      await meter.ensureAllowed('stream_minutes', 20)
      try {
        await meter.ensureAllowed('stream_minutes', 21)
        assert.fail('expected the stream limit')
      } catch (error) {
        assert.instanceOf(error, UsageLimitReached)
        const refusal = error as UsageLimitReached
        assert.equal(
          refusal.message,
          'Your Live plan includes 2 hours of live streaming a month. Upgrade to stream more.'
        )
        assert.equal(refusal.status, 402)
        assert.equal(refusal.upgradeUrl, `/app/${tenant.slug}/settings/billing`)
      }
    })
  })

  test('without any plan nothing is limited; counted metrics are not recorded', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace()
    await meterIn(tenant.id, async (meter) => {
      await meter.record('ai_messages', 1_000_000)
      await meter.ensureAllowed('ai_messages', 1_000_000)
      assert.deepEqual(await meter.usage('staff_seats'), {
        metric: 'staff_seats',
        used: 1,
        limit: null,
      })
      await assert.rejects(() => meter.record('products', 1), /counted/)
    })
  })

  test('mail sent for a workspace counts towards its emails', async ({ assert }) => {
    await seedPlans()
    const { tenant, owner } = await makeWorkspace()
    await withTenant(tenant.id, () =>
      inviteMember({
        tenant,
        email: 'new.colleague@example.com',
        role: 'employee',
        inviter: owner,
        audit: { actor: null },
      })
    )
    const emails = await meterIn(tenant.id, (meter) => meter.usage('emails'))
    assert.equal(emails.used, 1)
  })
})
