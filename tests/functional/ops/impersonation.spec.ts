import { test } from '@japa/runner'
import timekeeper from 'timekeeper'
import { DateTime } from 'luxon'
import type { SessionData } from '@adonisjs/session/types'
import AuditEvent from '#kernel/audit/audit_event'
import Impersonation from '#kernel/ops/models/impersonation'
import Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeUser, makeWorkspace } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'
import { makeOperator } from '#tests/functional/ops/ops_helpers'

/** Session values to carry from one response to the next request (one browser). */
type Session = SessionData

async function startActingAs(client: any, operator: any, tenantId: string, userId: string) {
  const response = await client
    .post(`/ops/tenants/${tenantId}/impersonations`)
    .loginAs(operator)
    .form({ user_id: userId, reason: 'Customer asked for help with shipping rates' })
    .withCsrfToken()
    .redirects(0)
  return { response, session: response.session() as Session }
}

async function auditTrail(tenantId: string) {
  return withTenant(tenantId, () => AuditEvent.query().orderBy('created_at').orderBy('id'))
}

test.group('Operator console: impersonation', (group) => {
  group.each.teardown(() => {
    timekeeper.reset()
  })

  test('an operator acts as a member for 15 minutes, with the banner on every page', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator({ name: 'Sam', email: 'sam@wrencos.test' })
    const jane = await makeUser({ name: 'Jane', email: 'jane@lumiere.example' })
    const { tenant } = await makeWorkspace({ name: 'Lumière', slug: 'lumiere', owner: jane })
    await makeWorkspace({ name: 'Side Shop', slug: 'side-shop', owner: jane })

    const { response, session } = await startActingAs(client, operator, tenant.id, jane.id)
    response.assertStatus(302)
    response.assertHeader('location', '/app/lumiere')

    const impersonation = await Impersonation.query().firstOrFail()
    assert.equal(impersonation.operatorUserId, operator.id)
    assert.equal(impersonation.userId, jane.id)
    assert.equal(impersonation.targetTenantId, tenant.id)
    assert.equal(impersonation.reason, 'Customer asked for help with shipping rates')
    assert.equal(impersonation.expiresAt.diff(impersonation.startedAt, 'minutes').minutes, 15)
    assert.isNull(impersonation.endedAt)

    for (const url of ['/app/lumiere', '/app/lumiere/settings/team', '/account']) {
      const page = await client.get(url).withSession(session).withInertia()
      page.assertStatus(200)
      assert.equal(page.inertiaProps.user.id, jane.id)
      const banner = page.inertiaProps.impersonation
      assert.equal(banner.userName, 'Jane')
      assert.equal(banner.tenantName, 'Lumière')
      assert.equal(banner.operatorName, 'Sam')
      assert.closeTo(banner.secondsLeft, 15 * 60, 5)
    }

    const home = await client.get('/app/lumiere').withSession(session).withInertia()
    assert.deepEqual(
      home.inertiaProps.shell.workspaces.map((workspace: { slug: string }) => workspace.slug),
      ['lumiere'],
      'the switcher offers no other workspace of the user'
    )

    const started = (await auditTrail(tenant.id)).find(
      (event) => event.action === 'ops.impersonation.started'
    )!
    assert.equal(started.actorUserId, jane.id)
    assert.equal(started.impersonatorUserId, operator.id)
    assert.equal(started.impersonatorLabel, 'sam@wrencos.test')
    assert.equal(started.metadata.reason, 'Customer asked for help with shipping rates')

    const console = await client.get('/ops/tenants').withSession(session).redirects(0)
    console.assertStatus(404)
  })

  test('every action while acting as a user is audited with both identities', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator({ email: 'sam@wrencos.test' })
    const jane = await makeUser({ email: 'jane@lumiere.example' })
    const { tenant } = await makeWorkspace({ slug: 'lumiere', owner: jane })
    const { session } = await startActingAs(client, operator, tenant.id, jane.id)

    const invited = await client
      .post('/app/lumiere/settings/team/invitations')
      .withSession(session)
      .form({ email: 'new.hire@example.com', role: 'agent' })
      .withCsrfToken()
      .redirects(0)
    invited.assertStatus(302)
    const renamed = await client
      .put('/app/lumiere/settings/profile')
      .withSession(session)
      .json({
        business_name: 'Lumière Paris',
        slug: 'lumiere',
        country: 'FR',
        currency: 'EUR',
        timezone: 'Europe/Paris',
        locale: 'en',
      })
      .withCsrfToken()
      .redirects(0)
    renamed.assertStatus(302)
    const refused = await client
      .post('/app/lumiere/settings/team/invitations')
      .withSession(session)
      .form({ email: 'not-an-email', role: 'agent' })
      .withCsrfToken()
      .redirects(0)
    refused.assertStatus(302)

    const events = await auditTrail(tenant.id)
    const duringImpersonation = events.filter((event) => event.action !== 'workspace.created')
    assert.isAbove(duringImpersonation.length, 0)
    for (const event of duringImpersonation) {
      assert.equal(event.actorUserId, jane.id, event.action)
      assert.equal(event.actorLabel, 'jane@lumiere.example', event.action)
      assert.equal(event.impersonatorUserId, operator.id, event.action)
      assert.equal(event.impersonatorLabel, 'sam@wrencos.test', event.action)
    }
    const actions = duringImpersonation.filter(
      (event) => event.action === 'ops.impersonation.action'
    )
    assert.deepEqual(
      actions.map((event) => [event.subjectId, event.metadata.method, event.metadata.status]),
      [
        ['identity.team.invite', 'POST', 302],
        ['tenancy.settings.update_profile', 'PUT', 302],
        ['identity.team.invite', 'POST', 302],
      ]
    )
    assert.include(
      duringImpersonation.map((event) => event.action),
      'member.invited'
    )

    const log = await client.get('/app/lumiere/settings/audit').loginAs(jane).withInertia()
    const invitedRow = log.inertiaProps.events.find(
      (event: any) => event.action === 'member.invited'
    )
    assert.equal(invitedRow.actor, 'jane@lumiere.example')
    assert.equal(invitedRow.impersonator, 'sam@wrencos.test')
  })

  test('the next request after 15 minutes ends it and returns the operator to /ops', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const jane = await makeUser()
    const { tenant } = await makeWorkspace({ slug: 'lumiere', owner: jane })
    const { session } = await startActingAs(client, operator, tenant.id, jane.id)

    timekeeper.travel(new Date(Date.now() + 14 * 60 * 1000))
    const stillActing = await client.get('/app/lumiere').withSession(session).withInertia()
    stillActing.assertStatus(200)
    assert.closeTo(stillActing.inertiaProps.impersonation.secondsLeft, 60, 5)

    timekeeper.travel(new Date(Date.now() + 2 * 60 * 1000))
    const expired = await client
      .post('/app/lumiere/settings/team/invitations')
      .withSession(session)
      .form({ email: 'late@example.com', role: 'agent' })
      .withCsrfToken()
      .redirects(0)
    expired.assertStatus(302)
    expired.assertHeader('location', '/ops')
    expired.assertFlashMessage(
      'error',
      'Your time acting as this user is up: you are yourself again.'
    )

    const impersonation = await Impersonation.query().firstOrFail()
    assert.isNotNull(impersonation.endedAt)
    assert.equal(impersonation.endReason, 'expired')

    const back = expired.session() as Session
    assert.equal(back.auth_web, operator.id)
    assert.notProperty(back, 'ops_impersonation')
    const console = await client.get('/ops/tenants').withSession(back).withInertia()
    console.assertStatus(200)
    assert.isNull(console.inertiaProps.impersonation)

    const events = await auditTrail(tenant.id)
    assert.notInclude(
      events.map((event) => event.action),
      'member.invited',
      'the request after expiry did nothing as the user'
    )
    const ended = events.find((event) => event.action === 'ops.impersonation.ended')!
    assert.equal(ended.impersonatorUserId, operator.id)
    assert.equal(ended.metadata.reason, 'expired')
  })

  test('"End" returns the operator to the console', async ({ client, assert }) => {
    const operator = await makeOperator()
    const jane = await makeUser()
    const { tenant } = await makeWorkspace({ slug: 'lumiere', owner: jane })
    const { session } = await startActingAs(client, operator, tenant.id, jane.id)

    const ended = await client
      .post('/impersonation/end')
      .withSession(session)
      .withCsrfToken()
      .redirects(0)
    ended.assertStatus(302)
    ended.assertHeader('location', `/ops/tenants/${tenant.id}`)
    const impersonation = await Impersonation.query().firstOrFail()
    assert.equal(impersonation.endReason, 'ended')
    const back = ended.session() as Session
    assert.equal(back.auth_web, operator.id)
    const page = await client.get(`/ops/tenants/${tenant.id}`).withSession(back).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.impersonations[0].endReason, 'ended')

    const nothingToEnd = await client
      .post('/impersonation/end')
      .withSession(back)
      .withCsrfToken()
      .redirects(0)
    nothingToEnd.assertStatus(404)
  })

  test('signing out while acting as a user ends it and keeps the operator signed in', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const jane = await makeUser()
    const { tenant } = await makeWorkspace({ owner: jane })
    const { session } = await startActingAs(client, operator, tenant.id, jane.id)
    const out = await client.post('/logout').withSession(session).withCsrfToken().redirects(0)
    out.assertHeader('location', '/ops')
    assert.equal((out.session() as Session).auth_web, operator.id)
    const impersonation = await Impersonation.query().firstOrFail()
    assert.equal(impersonation.endReason, 'ended')
  })

  test('when the user is signed out meanwhile (account disabled), the impersonation ends', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const jane = await makeUser()
    const { tenant } = await makeWorkspace({ slug: 'lumiere', owner: jane })
    const { session } = await startActingAs(client, operator, tenant.id, jane.id)
    jane.disabledAt = DateTime.now()
    await jane.save()

    const signedOut = await client.get('/app/lumiere').withSession(session).redirects(0)
    signedOut.assertHeader('location', '/login?return_to=%2Fapp%2Flumiere')
    const guest = signedOut.session() as Session
    assert.notProperty(guest, 'auth_web')
    const next = await client.get('/login').withSession(guest).withInertia()
    next.assertStatus(200)
    assert.isNull(next.inertiaProps.impersonation)
    assert.notProperty(next.session(), 'ops_impersonation')
    const impersonation = await Impersonation.query().firstOrFail()
    assert.equal(impersonation.endReason, 'ended')
  })

  test('operators cannot impersonate operators', async ({ client, assert }) => {
    const operator = await makeOperator()
    const otherOperator = await makeOperator({ email: 'other.op@wrencos.test' })
    const { tenant } = await makeWorkspace()
    await addMember(tenant.id, 'admin', otherOperator)

    const json = await client
      .post(`/ops/tenants/${tenant.id}/impersonations`)
      .loginAs(operator)
      .form({ user_id: otherOperator.id, reason: 'Curious' })
      .withCsrfToken()
      .accept('json')
      .redirects(0)
    json.assertStatus(409)
    json.assertBodyContains({ message: 'Operators cannot be impersonated.' })

    const form = await client
      .post(`/ops/tenants/${tenant.id}/impersonations`)
      .loginAs(operator)
      .form({ user_id: otherOperator.id, reason: 'Curious' })
      .withCsrfToken()
      .redirects(0)
    form.assertFlashMessage('error', 'Operators cannot be impersonated.')
    assert.equal((form.session() as Session).auth_web, operator.id)
    assert.lengthOf(await Impersonation.all(), 0)
  })

  test('a reason is required, and the person must belong to the workspace', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const jane = await makeUser()
    const { tenant } = await makeWorkspace({ owner: jane })
    const { owner: stranger } = await makeWorkspace()

    for (const form of [
      { user_id: jane.id },
      { user_id: jane.id, reason: ' ' },
      { reason: 'No one in particular' },
      { user_id: 'jane', reason: 'Not an id' },
    ]) {
      const response = await client
        .post(`/ops/tenants/${tenant.id}/impersonations`)
        .loginAs(operator)
        .form(form)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      assertFieldError(
        response,
        'user_id' in form && form.user_id === jane.id ? 'reason' : 'user_id'
      )
    }
    const outsider = await client
      .post(`/ops/tenants/${tenant.id}/impersonations`)
      .loginAs(operator)
      .form({ user_id: stranger.id, reason: 'Wrong workspace' })
      .withCsrfToken()
      .accept('json')
      .redirects(0)
    outsider.assertStatus(409)
    outsider.assertBodyContains({ message: 'This person is not a member of the workspace.' })
    assert.lengthOf(await Impersonation.all(), 0)
  })

  test('acting as a user stays inside that workspace and cannot change how they sign in', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const jane = await makeUser()
    const { tenant } = await makeWorkspace({ slug: 'lumiere', owner: jane })
    await makeWorkspace({ slug: 'janes-other-shop', owner: jane })
    const { session } = await startActingAs(client, operator, tenant.id, jane.id)

    const other = await client.get('/app/janes-other-shop').withSession(session).redirects(0)
    other.assertStatus(404)

    const password = await client
      .put('/account/password')
      .withSession(session)
      .form({
        current_password: 'whatever',
        password: 'An0ther-Password!',
        password_confirmation: 'An0ther-Password!',
      })
      .withCsrfToken()
      .redirects(0)
    password.assertStatus(302)
    password.assertFlashMessage(
      'error',
      'Not while acting as this user: ask them to do it themselves.'
    )
    await jane.refresh()
    assert.isTrue(await jane.verifyPassword('Correct-Horse-Battery-9'))

    const newWorkspace = await client
      .post('/onboarding/workspace')
      .withSession(session)
      .form({
        business_name: 'Operator Made',
        slug: 'operator-made',
        industry: 'beauty',
        country: 'GB',
        currency: 'GBP',
        timezone: 'Europe/London',
        locale: 'en',
      })
      .withCsrfToken()
      .redirects(0)
    newWorkspace.assertFlashMessage(
      'error',
      'Not while acting as this user: ask them to do it themselves.'
    )
    assert.isNull(await Tenant.findBy('slug', 'operator-made'))
  })
})
