import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import timekeeper from 'timekeeper'
import AuditEvent from '#kernel/audit/audit_event'
import Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeUser, makeWorkspace } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'
import { makeOperator, makePlan, subscribe } from '#tests/functional/ops/ops_helpers'

function names(page: any) {
  return page.inertiaProps.tenants.map((tenant: { name: string }) => tenant.name).sort()
}

async function lastActivity(tenantId: string) {
  const row = await db.from('tenants').where('id', tenantId).select('last_activity_at').first()
  return row.last_activity_at as Date | null
}

test.group('Operator console: workspace list', (group) => {
  group.each.teardown(() => {
    timekeeper.reset()
  })

  test('lists workspaces with plan, state, MRR, owner and usage', async ({ client, assert }) => {
    const operator = await makeOperator()
    const monthly = await makePlan({ name: 'Growth', monthlyPriceMinor: 4900 })
    const yearly = await makePlan({
      name: 'Scale',
      monthlyPriceMinor: 9900,
      yearlyPriceMinor: 99000,
    })
    const lumiere = await makeWorkspace({ name: 'Lumière', slug: 'lumiere' })
    const glow = await makeWorkspace({ name: 'Glow Lab', slug: 'glow-lab' })
    const trial = await makeWorkspace({ name: 'Fresh Trial', slug: 'fresh-trial' })
    await subscribe(lumiere.tenant.id, monthly, 'active')
    await subscribe(glow.tenant.id, yearly, 'past_due', { interval: 'year' })
    await subscribe(trial.tenant.id, monthly, 'trialing')
    await addMember(lumiere.tenant.id, 'agent')

    const page = await client.get('/ops/tenants').loginAs(operator).withInertia()
    page.assertStatus(200)
    const rows = page.inertiaProps.tenants as any[]
    assert.lengthOf(rows, 3)
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]))
    assert.equal(byName['Lumière'].planName, 'Growth')
    assert.equal(byName['Lumière'].state, 'active')
    assert.equal(byName['Lumière'].mrrMinor, 4900)
    assert.equal(byName['Lumière'].ownerEmail, lumiere.owner.email)
    assert.equal(byName['Glow Lab'].state, 'past_due')
    assert.equal(byName['Glow Lab'].mrrMinor, 8250)
    assert.equal(byName['Fresh Trial'].state, 'trialing')
    assert.equal(byName['Fresh Trial'].mrrMinor, 0)
    const seats = byName['Lumière'].usage.find((usage: any) => usage.metric === 'staff_seats')
    assert.equal(seats.used, 2)
    assert.deepEqual(
      byName['Lumière'].usage.map((usage: any) => usage.metric),
      ['products', 'staff_seats', 'ai_messages']
    )
  })

  test('searches by name, web address and owner email', async ({ client, assert }) => {
    const operator = await makeOperator()
    const owner = await makeUser({ email: 'jane@lumiere.example' })
    await makeWorkspace({ name: 'Lumière Paris', slug: 'lumiere', owner })
    await makeWorkspace({ name: 'Glow Lab', slug: 'glow-lab' })
    await makeWorkspace({ name: 'Petal & Co', slug: 'petal-co' })

    const byName = await client.get('/ops/tenants?search=paris').loginAs(operator).withInertia()
    assert.deepEqual(names(byName), ['Lumière Paris'])
    const bySlug = await client.get('/ops/tenants?search=glow-').loginAs(operator).withInertia()
    assert.deepEqual(names(bySlug), ['Glow Lab'])
    const byOwner = await client
      .get('/ops/tenants?search=JANE@lumiere')
      .loginAs(operator)
      .withInertia()
    assert.deepEqual(names(byOwner), ['Lumière Paris'])
    const wildcard = await client.get('/ops/tenants?search=%25').loginAs(operator).withInertia()
    assert.deepEqual(names(wildcard), [])
  })

  test('filters by state and by plan', async ({ client, assert }) => {
    const operator = await makeOperator()
    const growth = await makePlan({ name: 'Growth' })
    const scale = await makePlan({ name: 'Scale' })
    const active = await makeWorkspace({ name: 'Active One' })
    const pastDue = await makeWorkspace({ name: 'Late Payer' })
    const restricted = await makeWorkspace({ name: 'Restricted One' })
    const suspended = await makeWorkspace({ name: 'Suspended One' })
    await subscribe(active.tenant.id, growth, 'active')
    await subscribe(pastDue.tenant.id, scale, 'past_due')
    await subscribe(restricted.tenant.id, scale, 'past_due', { restricted: true })
    await subscribe(suspended.tenant.id, growth, 'active')
    suspended.tenant.merge({ status: 'suspended', suspendedReason: 'Fraud check' })
    await suspended.tenant.save()

    const get = (query: string) =>
      client.get(`/ops/tenants?${query}`).loginAs(operator).withInertia()
    assert.deepEqual(names(await get('state=active')), ['Active One'])
    assert.deepEqual(names(await get('state=past_due')), ['Late Payer'])
    assert.deepEqual(names(await get('state=restricted')), ['Restricted One'])
    assert.deepEqual(names(await get('state=suspended')), ['Suspended One'])
    assert.deepEqual(names(await get(`plan=${scale.id}`)), ['Late Payer', 'Restricted One'])
    assert.deepEqual(names(await get(`plan=${growth.id}&state=active`)), ['Active One'])
  })

  test('pages through many workspaces, newest first', async ({ client, assert }) => {
    const operator = await makeOperator()
    const owner = await makeUser()
    for (let index = 1; index <= 27; index++) {
      await makeWorkspace({ name: `Shop ${String(index).padStart(2, '0')}`, owner })
    }
    const first = await client.get('/ops/tenants').loginAs(operator).withInertia()
    assert.lengthOf(first.inertiaProps.tenants, 25)
    assert.equal(first.inertiaProps.tenants[0].name, 'Shop 27')
    assert.deepEqual(first.inertiaProps.pagination, {
      page: 1,
      perPage: 25,
      total: 27,
      lastPage: 2,
    })
    const second = await client.get('/ops/tenants?page=2').loginAs(operator).withInertia()
    assert.deepEqual(names(second), ['Shop 01', 'Shop 02'])
    const beyond = await client.get('/ops/tenants?page=9').loginAs(operator).withInertia()
    assert.lengthOf(beyond.inertiaProps.tenants, 0)
    assert.equal(beyond.inertiaProps.pagination.total, 27)
  })

  test('bad filters get a 422, not an error', async ({ client }) => {
    const operator = await makeOperator()
    for (const query of ['state=bankrupt', 'plan=not-a-uuid', 'page=0', 'page=abc']) {
      const response = await client
        .get(`/ops/tenants?${query}`)
        .loginAs(operator)
        .accept('json')
        .redirects(0)
      response.assertStatus(422)
    }
  })

  test('last activity is written at most once an hour per workspace', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeWorkspace()
    assert.isNull(await lastActivity(tenant.id))
    await client.get(`/app/${tenant.slug}`).loginAs(owner)
    const first = await lastActivity(tenant.id)
    assert.isNotNull(first)

    timekeeper.travel(new Date(Date.now() + 30 * 60 * 1000))
    await client.get(`/app/${tenant.slug}`).loginAs(owner)
    assert.equal((await lastActivity(tenant.id))!.getTime(), first!.getTime())

    timekeeper.travel(new Date(Date.now() + 61 * 60 * 1000))
    const refused = await client
      .post(`/app/${tenant.slug}/settings/team/invitations`)
      .loginAs(owner)
      .form({ email: 'not-an-email', role: 'agent' })
      .withCsrfToken()
      .accept('json')
    refused.assertStatus(422)
    assert.equal(
      (await lastActivity(tenant.id))!.getTime(),
      first!.getTime(),
      'a failed request notes nothing'
    )
    await client.get(`/app/${tenant.slug}`).loginAs(owner)
    assert.isAbove((await lastActivity(tenant.id))!.getTime(), first!.getTime())
  })
})

test.group('Operator console: workspace detail', () => {
  test('shows members with roles, modules, subscription, usage and audit events', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const plan = await makePlan({ name: 'Growth' })
    const { tenant, owner } = await makeWorkspace({ name: 'Lumière' })
    const agent = await addMember(tenant.id, 'agent')
    await subscribe(tenant.id, plan, 'active')

    const page = await client.get(`/ops/tenants/${tenant.id}`).loginAs(operator).withInertia()
    page.assertStatus(200)
    const props = page.inertiaProps
    assert.equal(props.tenant.name, 'Lumière')
    assert.sameDeepMembers(
      props.members.map((member: any) => [member.email, member.role]),
      [
        [owner.email, 'owner'],
        [agent.email, 'agent'],
      ]
    )
    assert.isAbove(props.modules.length, 0)
    assert.properties(props.modules[0], ['key', 'name', 'status', 'inPlan'])
    assert.equal(props.subscription.planName, 'Growth')
    assert.equal(props.subscription.status, 'active')
    assert.sameMembers(
      props.usage.map((usage: any) => usage.metric),
      ['products', 'staff_seats', 'ai_messages', 'emails', 'stream_minutes', 'storage_mb']
    )
    assert.include(
      props.events.map((event: any) => event.action),
      'workspace.created'
    )
  })

  test('an unknown workspace is a 404', async ({ client }) => {
    const operator = await makeOperator()
    const response = await client
      .get('/ops/tenants/01900000-0000-7000-8000-000000000000')
      .loginAs(operator)
    response.assertStatus(404)
  })
})

test.group('Operator console: suspension', () => {
  test('a reason is required; without one nothing changes', async ({ client, assert }) => {
    const operator = await makeOperator()
    const { tenant } = await makeWorkspace()
    for (const form of [{}, { reason: '  ' }, { reason: 'x'.repeat(501) }]) {
      const json = await client
        .post(`/ops/tenants/${tenant.id}/suspend`)
        .loginAs(operator)
        .form(form)
        .withCsrfToken()
        .accept('json')
        .redirects(0)
      json.assertStatus(422)
      assert.equal(json.body().errors[0].field, 'reason')
      const page = await client
        .post(`/ops/tenants/${tenant.id}/suspend`)
        .loginAs(operator)
        .form(form)
        .withCsrfToken()
        .redirects(0)
      assertFieldError(page, 'reason')
    }
    const empty = await client
      .post(`/ops/tenants/${tenant.id}/suspend`)
      .loginAs(operator)
      .form({})
      .withCsrfToken()
      .redirects(0)
    assertFieldError(empty, 'reason', 'Enter a reason.')
    await tenant.refresh()
    assert.equal(tenant.status, 'active')
  })

  test('suspends with a reason: staff and shoppers see the suspended page; lifting restores', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator({ email: 'sam@wrencos.test' })
    const { tenant, owner } = await makeWorkspace({ name: 'Lumière', slug: 'lumiere' })

    const suspended = await client
      .post(`/ops/tenants/${tenant.id}/suspend`)
      .loginAs(operator)
      .form({ reason: 'Chargeback fraud under review' })
      .withCsrfToken()
      .redirects(0)
    suspended.assertStatus(302)
    suspended.assertHeader('location', `/ops/tenants/${tenant.id}`)
    await tenant.refresh()
    assert.equal(tenant.status, 'suspended')
    assert.equal(tenant.suspendedReason, 'Chargeback fraud under review')
    assert.isNotNull(tenant.suspendedAt)

    const staff = await client.get(`/app/${tenant.slug}`).loginAs(owner).withInertia()
    staff.assertStatus(423)
    assert.equal(staff.inertiaProps.reason, 'Chargeback fraud under review')
    const shop = await client.get(`/s/${tenant.slug}`)
    shop.assertStatus(423)
    shop.assertTextIncludes('Lumière is unavailable')

    const again = await client
      .post(`/ops/tenants/${tenant.id}/suspend`)
      .loginAs(operator)
      .form({ reason: 'twice' })
      .withCsrfToken()
      .accept('json')
      .redirects(0)
    again.assertStatus(409)

    const lifted = await client
      .post(`/ops/tenants/${tenant.id}/unsuspend`)
      .loginAs(operator)
      .form({ reason: 'Review cleared' })
      .withCsrfToken()
      .redirects(0)
    lifted.assertStatus(302)
    await tenant.refresh()
    assert.equal(tenant.status, 'active')
    assert.isNull(tenant.suspendedReason)
    const back = await client.get(`/app/${tenant.slug}`).loginAs(owner)
    back.assertStatus(200)

    const events = await withTenant(tenant.id, () =>
      AuditEvent.query().whereLike('action', 'ops.workspace.%').orderBy('created_at')
    )
    assert.deepEqual(
      events.map((event) => [event.action, event.actorLabel, event.metadata.reason]),
      [
        ['ops.workspace.suspended', 'sam@wrencos.test', 'Chargeback fraud under review'],
        ['ops.workspace.unsuspended', 'sam@wrencos.test', 'Review cleared'],
      ]
    )
  })

  test('unsuspending needs a reason too', async ({ client, assert }) => {
    const operator = await makeOperator()
    const { tenant } = await makeWorkspace()
    tenant.merge({ status: 'suspended', suspendedReason: 'Abuse' })
    await tenant.save()
    const response = await client
      .post(`/ops/tenants/${tenant.id}/unsuspend`)
      .loginAs(operator)
      .form({})
      .withCsrfToken()
      .accept('json')
      .redirects(0)
    response.assertStatus(422)
    const reloaded = await Tenant.findOrFail(tenant.id)
    assert.equal(reloaded.status, 'suspended')
  })
})
