import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import timekeeper from 'timekeeper'
import Invitation from '#kernel/identity/models/invitation'
import Membership from '#kernel/identity/models/membership'
import User from '#kernel/identity/models/user'
import AuditEvent from '#kernel/audit/audit_event'
import InvitationMail from '#kernel/identity/mails/invitation_mail'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, addMember, makeUser, makeWorkspace } from '#tests/support/factories'
import { linkFromQueuedMail } from '#tests/support/mailbox'
import { assertFieldError } from '#tests/support/assertions'

async function invite(client: any, slug: string, inviter: User, email: string, role = 'agent') {
  return client
    .post(`/app/${slug}/settings/team/invitations`)
    .loginAs(inviter)
    .form({ email, role })
    .withCsrfToken()
    .redirects(0)
}

test.group('Team: invitations', (group) => {
  group.each.teardown(() => {
    timekeeper.reset()
  })

  test('a new person accepts by choosing a password and joins with the role', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    const sent = await invite(client, tenant.slug, owner, 'new.hire@example.com', 'agent')
    sent.assertFlashMessage('success', 'Invitation sent to new.hire@example.com.')
    fake.mails.assertQueued(InvitationMail, ({ message }) => message.hasTo('new.hire@example.com'))
    const link = await linkFromQueuedMail(fake, '/invitations/')

    const page = await client.get(link).withInertia()
    page.assertInertiaPropsContains({ usable: true })
    assert.equal(page.inertiaProps.account.state, 'new_account')

    const accepted = await client
      .post(link)
      .form({ name: 'New Hire', password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    accepted.assertHeader('location', `/app/${tenant.slug}`)
    const user = await User.findByOrFail('email', 'new.hire@example.com')
    assert.isNotNull(user.emailVerifiedAt)
    const membership = await withTenant(tenant.id, async () =>
      Membership.findByOrFail('user_id', user.id)
    )
    assert.equal(membership.role, 'agent')

    const reused = await client
      .post(link)
      .form({ name: 'Someone Else', password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    reused.assertFlashMessage('error')
  })

  test('an existing user signed in with the invited email just joins', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    const existing = await makeUser({ email: 'already@example.com' })
    await invite(client, tenant.slug, owner, existing.email, 'manager')
    const link = await linkFromQueuedMail(fake, '/invitations/')
    const page = await client.get(link).loginAs(existing).withInertia()
    assert.equal(page.inertiaProps.account.state, 'signed_in_as_invitee')
    const accepted = await client.post(link).loginAs(existing).withCsrfToken().redirects(0)
    accepted.assertHeader('location', `/app/${tenant.slug}`)
    const dashboard = await client.get(`/app/${tenant.slug}`).loginAs(existing)
    dashboard.assertStatus(200)
  })

  test('someone signed in with another email cannot use the invitation', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    const stranger = await makeUser()
    await invite(client, tenant.slug, owner, 'invitee@example.com')
    const link = await linkFromQueuedMail(fake, '/invitations/')
    const attempt = await client.post(link).loginAs(stranger).withCsrfToken().redirects(0)
    attempt.assertFlashMessage('error', 'This invitation was sent to invitee@example.com.')
    const memberships = await withTenant(tenant.id, async () =>
      Membership.query().where('user_id', stranger.id)
    )
    assert.lengthOf(memberships, 0)
  })

  test('an invitation expires after seven days', async ({ client, assert }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    await invite(client, tenant.slug, owner, 'late@example.com')
    const link = await linkFromQueuedMail(fake, '/invitations/')
    timekeeper.travel(new Date(Date.now() + 8 * 24 * 3600 * 1000))
    const page = await client.get(link).withInertia()
    page.assertInertiaPropsContains({ usable: false })
    const accepted = await client
      .post(link)
      .form({ name: 'Too Late', password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    accepted.assertFlashMessage('error')
    assert.isNull(await User.findBy('email', 'late@example.com'))
  })

  test('a revoked invitation stops working; a resent one works again with a fresh expiry', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    await invite(client, tenant.slug, owner, 'maybe@example.com')
    const first = await linkFromQueuedMail(fake, '/invitations/')
    const invitation = await withTenant(tenant.id, async () =>
      Invitation.findByOrFail('email', 'maybe@example.com')
    )

    const resend = await client
      .post(`/app/${tenant.slug}/settings/team/invitations/${invitation.id}/resend`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    resend.assertFlashMessage('success')
    assert.lengthOf(fake.mails.queued(), 2)

    const revoke = await client
      .delete(`/app/${tenant.slug}/settings/team/invitations/${invitation.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    revoke.assertFlashMessage('success')
    const page = await client.get(first).withInertia()
    page.assertInertiaPropsContains({ usable: false })
    const events = await withTenant(tenant.id, async () =>
      AuditEvent.query().whereIn('action', [
        'member.invited',
        'member.invitation_resent',
        'member.invitation_revoked',
      ])
    )
    assert.lengthOf(events, 3)
  })

  test('refuses to invite a current member, a bad email or an unknown role', async ({ client }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    const member = await addMember(tenant.id, 'agent')
    assertFieldError(await invite(client, tenant.slug, owner, member.email), 'email')
    assertFieldError(await invite(client, tenant.slug, owner, 'not-an-email'), 'email')
    assertFieldError(await invite(client, tenant.slug, owner, 'ok@example.com', 'emperor'), 'role')
    fake.mails.assertNoneQueued()
  })

  test('members without the permission cannot invite; managers cannot hand out roles above theirs', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { tenant } = await makeWorkspace()
    const employee = await addMember(tenant.id, 'employee')
    const refused = await invite(client, tenant.slug, employee, 'x@example.com')
    refused.assertFlashMessage('error')
    const admin = await addMember(tenant.id, 'admin')
    const tooHigh = await invite(client, tenant.slug, admin, 'boss@example.com', 'owner')
    tooHigh.assertFlashMessage('error')
    const allowed = await invite(client, tenant.slug, admin, 'helper@example.com', 'admin')
    allowed.assertFlashMessage('success')
    assert.lengthOf(fake.mails.queued(), 1)
  })
})

test.group('Team: roles and removal', () => {
  test('owners change roles and remove members, audited', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace()
    const agent = await addMember(tenant.id, 'agent')
    const membership = await withTenant(tenant.id, async () =>
      Membership.findByOrFail('user_id', agent.id)
    )

    const promoted = await client
      .put(`/app/${tenant.slug}/settings/team/members/${membership.id}`)
      .loginAs(owner)
      .form({ role: 'manager' })
      .withCsrfToken()
      .redirects(0)
    promoted.assertFlashMessage('success')
    const removed = await client
      .delete(`/app/${tenant.slug}/settings/team/members/${membership.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    removed.assertFlashMessage('success')

    const gone = await client.get(`/app/${tenant.slug}`).loginAs(agent)
    gone.assertStatus(404)
    const events = await withTenant(tenant.id, async () =>
      AuditEvent.query()
        .whereIn('action', ['member.role_changed', 'member.removed'])
        .orderBy('created_at')
    )
    assert.deepEqual(
      events.map((event) => event.action),
      ['member.role_changed', 'member.removed']
    )
    assert.deepEqual(events[0].metadata, { from: 'agent', to: 'manager' })
  })

  test('the last owner can never be demoted or removed, even by themselves', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeWorkspace()
    const membership = await withTenant(tenant.id, async () =>
      Membership.findByOrFail('user_id', owner.id)
    )
    const demote = await client
      .put(`/app/${tenant.slug}/settings/team/members/${membership.id}`)
      .loginAs(owner)
      .form({ role: 'admin' })
      .withCsrfToken()
      .redirects(0)
    demote.assertFlashMessage(
      'error',
      'A workspace must keep at least one owner. Make someone else an owner first.'
    )
    const leave = await client
      .delete(`/app/${tenant.slug}/settings/team/members/${membership.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    leave.assertFlashMessage('error')
    const owners = await withTenant(tenant.id, async () =>
      Membership.query().where('role', 'owner')
    )
    assert.lengthOf(owners, 1)
  })

  test('with a second owner, the first may step down', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace()
    await addMember(tenant.id, 'owner')
    const membership = await withTenant(tenant.id, async () =>
      Membership.findByOrFail('user_id', owner.id)
    )
    const demote = await client
      .put(`/app/${tenant.slug}/settings/team/members/${membership.id}`)
      .loginAs(owner)
      .form({ role: 'admin' })
      .withCsrfToken()
      .redirects(0)
    demote.assertFlashMessage('success')
    assert.equal(
      (await withTenant(tenant.id, async () => Membership.findOrFail(membership.id))).role,
      'admin'
    )
  })

  test('an admin cannot change or remove an owner', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace()
    const admin = await addMember(tenant.id, 'admin')
    const membership = await withTenant(tenant.id, async () =>
      Membership.findByOrFail('user_id', owner.id)
    )
    const response = await client
      .delete(`/app/${tenant.slug}/settings/team/members/${membership.id}`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('error', 'Only an owner can change another owner.')
    assert.exists(await withTenant(tenant.id, async () => Membership.find(membership.id)))
  })

  test('role permissions are editable for the editable roles and take effect', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeWorkspace()
    const employee = await addMember(tenant.id, 'employee')
    const before = await client.get(`/app/${tenant.slug}/settings/audit`).loginAs(employee)
    before.assertStatus(403)

    const saved = await client
      .put(`/app/${tenant.slug}/settings/roles/employee`)
      .loginAs(owner)
      .json({ permissions: ['workspace.members.view', 'workspace.audit.view'] })
      .withCsrfToken()
      .redirects(0)
    saved.assertFlashMessage('success')
    const after = await client.get(`/app/${tenant.slug}/settings/audit`).loginAs(employee)
    after.assertStatus(200)

    const unknown = await client
      .put(`/app/${tenant.slug}/settings/roles/employee`)
      .loginAs(owner)
      .json({ permissions: ['workspace.everything.do'] })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(unknown, 'permissions')
    const owners = await client
      .put(`/app/${tenant.slug}/settings/roles/owner`)
      .loginAs(owner)
      .json({ permissions: [] })
      .withCsrfToken()
    owners.assertStatus(404)
    const permissions = await client
      .get(`/app/${tenant.slug}/settings/roles`)
      .loginAs(owner)
      .withInertia()
    const employeeRole = permissions.inertiaProps.roles.find(
      (role: { value: string }) => role.value === 'employee'
    )
    assert.sameMembers(employeeRole.permissions, ['workspace.members.view', 'workspace.audit.view'])
  })
})

test.group('Team: unconfirmed inviters', () => {
  test('a member who has not confirmed their email cannot invite yet', async ({ client }) => {
    using fake = mail.fake()
    const unconfirmed = await makeUser({ verified: false })
    const { tenant } = await makeWorkspace({ owner: unconfirmed })
    const response = await invite(client, tenant.slug, unconfirmed, 'friend@example.com')
    assertFieldError(response, 'email', 'Confirm your own email address before inviting people.')
    fake.mails.assertNoneQueued()
  })
})
