import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { withPlatform } from '#kernel/tenancy/with_tenant'
import { billingSettings } from '#kernel/billing/dunning/billing_settings'
import PlatformFigureSnapshot from '#kernel/ops/models/platform_figure_snapshot'
import SnapshotPlatformFiguresJob from '#kernel/ops/jobs/snapshot_platform_figures_job'
import { makeWorkspace } from '#tests/support/factories'
import { makeOperator, makePlan, subscribe } from '#tests/functional/ops/ops_helpers'

/**
 * Seven workspaces: two active in EUR (one billed yearly), one past due,
 * one trialing, one canceled this month, one canceled two months ago, one
 * active in GBP.
 */
async function platformWithSubscriptions() {
  const growth = await makePlan({
    name: 'Growth',
    monthlyPriceMinor: 4900,
    yearlyPriceMinor: 49000,
  })
  const starter = await makePlan({ name: 'Starter', monthlyPriceMinor: 2900 })
  const british = await makePlan({ name: 'British', currency: 'GBP', monthlyPriceMinor: 1000 })
  const workspace = async () => (await makeWorkspace()).tenant.id
  await subscribe(await workspace(), growth, 'active')
  await subscribe(await workspace(), growth, 'active', { interval: 'year' })
  await subscribe(await workspace(), starter, 'past_due')
  await subscribe(await workspace(), starter, 'trialing')
  await subscribe(await workspace(), starter, 'canceled')
  const longGone = await workspace()
  await subscribe(longGone, growth, 'canceled')
  await withPlatform('test: a subscription canceled long ago', () =>
    db
      .from('subscriptions')
      .where('tenant_id', longGone)
      .update({ updated_at: DateTime.utc().startOf('month').minus({ days: 40 }).toJSDate() })
  )
  await subscribe(await workspace(), british, 'active')
}

test.group('Operator console: figures', () => {
  test('MRR, active, trialing, past due and churned this month come from the subscriptions', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    await platformWithSubscriptions()

    const page = await client.get('/ops/figures').loginAs(operator).withInertia()
    page.assertStatus(200)
    const today = page.inertiaProps.today
    // 4900 + 49000 / 12 + 2900 (past due still bills) = 11883.33
    assert.deepEqual(today.mrr, { EUR: 11883, GBP: 1000 })
    assert.equal(today.active, 3)
    assert.equal(today.trialing, 1)
    assert.equal(today.pastDue, 1)
    assert.equal(today.churned, 1)
    assert.equal(today.tenants, 7)
    assert.equal(today.day, DateTime.utc().toISODate())
  })

  test('the chart shows the daily snapshots, with today computed now', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    await platformWithSubscriptions()
    const day = (daysAgo: number) => DateTime.utc().minus({ days: daysAgo }).toISODate()!
    for (const [daysAgo, active] of [
      [120, 1],
      [2, 1],
      [1, 2],
    ]) {
      await db.table('platform_figure_snapshots').insert({
        day: day(daysAgo),
        mrr: JSON.stringify({ EUR: active * 4900 }),
        active,
        trialing: 0,
        past_due: 0,
        churned: 0,
        tenants: active,
      })
    }

    const page = await client.get('/ops/figures').loginAs(operator).withInertia()
    const history = page.inertiaProps.history
    assert.deepEqual(
      history.map((point: any) => [point.day, point.active]),
      [
        [day(2), 1],
        [day(1), 2],
        [day(0), 3],
      ]
    )
    assert.deepEqual(history[1].mrr, { EUR: 9800 })
  })

  test('the scheduled job stores one snapshot a day, overwriting it during the day', async ({
    assert,
  }) => {
    await platformWithSubscriptions()
    const job = new SnapshotPlatformFiguresJob()
    await job.execute()
    await subscribe((await makeWorkspace()).tenant.id, await makePlan({ name: 'Late' }), 'active')
    await job.execute()
    const snapshots = await PlatformFigureSnapshot.all()
    assert.lengthOf(snapshots, 1)
    assert.equal(snapshots[0].day.toISODate(), DateTime.utc().toISODate())
    assert.equal(snapshots[0].active, 4)
    assert.equal(snapshots[0].pastDue, 1)
    assert.deepEqual(snapshots[0].mrr, { EUR: 16783, GBP: 1000 })
  })
})

test.group('Operator console: platform settings', () => {
  test('grace days and restricted-shop behaviour are saved for billing to use', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const page = await client.get('/ops/settings').loginAs(operator).withInertia()
    assert.deepEqual(page.inertiaProps.settings, {
      graceDays: 7,
      restrictedStorefront: 'keep_selling',
    })

    const saved = await client
      .put('/ops/settings')
      .loginAs(operator)
      .form({ grace_days: '3', restricted_storefront: 'maintenance' })
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    saved.assertFlashMessage('success', 'Settings saved.')
    assert.deepEqual(await billingSettings(), { graceDays: 3, restrictedStorefront: 'maintenance' })
    const rows = await db.from('platform_settings').orderBy('key').select('key', 'value')
    assert.deepEqual(rows, [
      { key: 'billing.grace_days', value: 3 },
      { key: 'billing.restricted_storefront', value: 'maintenance' },
    ])
  })

  test('bad settings get a 422 and change nothing', async ({ client, assert }) => {
    const operator = await makeOperator()
    for (const form of [
      { grace_days: '-1', restricted_storefront: 'keep_selling' },
      { grace_days: '2.5', restricted_storefront: 'keep_selling' },
      { grace_days: 'soon', restricted_storefront: 'keep_selling' },
      { grace_days: '3', restricted_storefront: 'explode' },
      {},
    ]) {
      const response = await client
        .put('/ops/settings')
        .loginAs(operator)
        .form(form)
        .withCsrfToken()
        .accept('json')
        .redirects(0)
      response.assertStatus(422)
    }
    assert.deepEqual(await billingSettings(), {
      graceDays: 7,
      restrictedStorefront: 'keep_selling',
    })
  })
})
