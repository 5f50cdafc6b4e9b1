import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import transmit from '@adonisjs/transmit/services/main'
import Membership from '#kernel/identity/models/membership'
import StaffNotification from '#kernel/notifications/staff_notification'
import StaffNotificationMail from '#kernel/notifications/mails/staff_notification_mail'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { channels } from '#kernel/realtime/channels'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeUser, makeWorkspace } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'

test.group('Staff notifications', () => {
  test('go to the members holding the kind’s permission, live after commit', async ({
    assert,
    cleanup,
  }) => {
    const { tenant, owner } = await makeWorkspace()
    const manager = await addMember(tenant.id, 'manager')
    const agent = await addMember(tenant.id, 'agent')
    const broadcasts: { channel: string; payload: any }[] = []
    const stop = transmit.on('broadcast', (event) => broadcasts.push(event as any))
    cleanup(stop)

    const count = await withTenant(tenant.id, async () => {
      await enableModule('alpha', { actor: null })
      const notified = await notifyStaff({
        kind: 'alpha.note_written',
        title: 'A note about the serum',
        body: 'Restock before Friday',
        url: `/app/${tenant.slug}/alpha/notes`,
      })
      assert.lengthOf(broadcasts, 0, 'nothing is sent before the transaction commits')
      return notified
    })
    assert.equal(count, 2)

    const rows = await withTenant(tenant.id, () => StaffNotification.query().orderBy('user_id'))
    assert.sameMembers(
      rows.map((row) => row.userId),
      [owner.id, manager.id]
    )
    assert.notInclude(
      rows.map((row) => row.userId),
      agent.id,
      'agents lack alpha.notes.view'
    )
    assert.sameMembers(
      broadcasts.map((event) => event.channel),
      [channels.staffMember(tenant.id, owner.id), channels.staffMember(tenant.id, manager.id)]
    )
    assert.deepInclude(broadcasts[0].payload.notification, {
      title: 'A note about the serum',
      read: false,
    })
  })

  test('members who asked get an email too', async ({ assert }) => {
    using fake = mail.fake()
    const { tenant, owner } = await makeWorkspace()
    const manager = await addMember(tenant.id, 'manager')
    await withTenant(tenant.id, async () => {
      const membership = await Membership.findByOrFail('user_id', manager.id)
      membership.notificationChannels = { 'workspace.member_joined': 'email' }
      await membership.save()
      await notifyStaff({ kind: 'workspace.member_joined', title: 'Ana joined the team' })
    })
    fake.mails.assertQueuedCount(1)
    fake.mails.assertQueued(
      StaffNotificationMail,
      ({ message }) =>
        message.hasTo(manager.email) && message.hasSubject(`Ana joined the team · ${tenant.name}`)
    )
    assert.isFalse(
      fake.mails.queued().some(({ message }) => message.hasTo(owner.email)),
      'the owner kept the default: in the app only'
    )
  })

  test('the bell count, the summary and marking read', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'bell-shop' })
    await withTenant(tenant.id, async () => {
      for (const title of ['First', 'Second', 'Third']) {
        await notifyStaff({ kind: 'workspace.member_joined', title })
      }
    })
    const page = await client.get('/app/bell-shop').loginAs(owner).withInertia()
    assert.equal(page.inertiaProps.shell.unreadNotifications, 3)

    const summary = await client
      .get('/app/bell-shop/notifications/summary')
      .loginAs(owner)
      .accept('json')
    assert.equal(summary.body().unread, 3)
    assert.deepEqual(
      summary.body().latest.map((item: { title: string }) => item.title),
      ['Third', 'Second', 'First']
    )

    const first = summary.body().latest[2]
    const read = await client
      .post(`/app/bell-shop/notifications/${first.id}/read`)
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    assert.deepEqual(read.body(), { unread: 2 })

    const list = await client
      .get('/app/bell-shop/notifications?show=unread')
      .loginAs(owner)
      .withInertia()
    assert.deepEqual(
      list.inertiaProps.notifications.map((item: { title: string }) => item.title),
      ['Third', 'Second']
    )

    await client.post('/app/bell-shop/notifications/read').loginAs(owner).withCsrfToken()
    const after = await client.get('/app/bell-shop').loginAs(owner).withInertia()
    assert.equal(after.inertiaProps.shell.unreadNotifications, 0)
  })

  test('nobody reads or marks another person’s notifications', async ({ client, assert }) => {
    const first = await makeWorkspace({ slug: 'first-bell' })
    const second = await makeWorkspace({ slug: 'second-bell' })
    const colleague = await addMember(first.tenant.id, 'admin')
    const [mine] = await withTenant(first.tenant.id, async () => {
      await notifyStaff({
        kind: 'workspace.member_joined',
        title: 'For the owner',
        userIds: [first.owner.id],
      })
      return StaffNotification.all()
    })

    const byColleague = await client
      .post(`/app/first-bell/notifications/${mine.id}/read`)
      .loginAs(colleague)
      .accept('json')
      .withCsrfToken()
    assert.deepEqual(byColleague.body(), { unread: 0 })
    const colleagueList = await client
      .get('/app/first-bell/notifications')
      .loginAs(colleague)
      .withInertia()
    assert.lengthOf(colleagueList.inertiaProps.notifications, 0)

    const byOtherWorkspace = await client
      .post(`/app/second-bell/notifications/${mine.id}/read`)
      .loginAs(second.owner)
      .accept('json')
      .withCsrfToken()
    assert.deepEqual(byOtherWorkspace.body(), { unread: 0 })
    const outsider = await client
      .get('/app/first-bell/notifications/summary')
      .loginAs(second.owner)
      .accept('json')
    outsider.assertStatus(404)

    const stillUnread = await withTenant(first.tenant.id, () =>
      StaffNotification.findOrFail(mine.id)
    )
    assert.isNull(stillUnread.readAt)
  })

  test('channel settings list the kinds a member can receive and validate', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'prefs-shop' })
    const page = await client.get('/app/prefs-shop/notifications').loginAs(owner).withInertia()
    assert.deepEqual(
      page.inertiaProps.kinds.map((kind: { key: string }) => kind.key),
      ['workspace.member_joined'],
      'module kinds appear only once their module is on'
    )
    await withTenant(tenant.id, () => enableModule('alpha', { actor: null }))

    const saved = await client
      .put('/app/prefs-shop/notifications/channels')
      .loginAs(owner)
      .json({ channels: { 'alpha.note_written': 'email' } })
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const membership = await withTenant(tenant.id, () =>
      Membership.findByOrFail('user_id', owner.id)
    )
    assert.deepEqual(membership.notificationChannels, { 'alpha.note_written': 'email' })

    const unknown = await client
      .put('/app/prefs-shop/notifications/channels')
      .loginAs(owner)
      .json({ channels: { 'beta.secret': 'email' } })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(unknown, 'channels', 'Unknown notifications: beta.secret')
    const invalid = await client
      .put('/app/prefs-shop/notifications/channels')
      .loginAs(owner)
      .json({ channels: { 'alpha.note_written': 'sms' } })
      .withCsrfToken()
      .redirects(0)
    invalid.assertStatus(302)
    assertFieldError(invalid, 'channels.alpha.note_written')
  })

  test('a teammate joining notifies the team through the kernel listener', async ({ assert }) => {
    const { tenant, owner } = await makeWorkspace()
    const newcomer = await makeUser({ name: 'Ana Lima' })
    await withTenant(tenant.id, async () => {
      const { emitEvent } = await import('#kernel/contracts/emit_event')
      const membership = await Membership.create({ userId: newcomer.id, role: 'agent' })
      await emitEvent('workspace.member.joined', {
        tenantId: tenant.id,
        membershipId: membership.id,
        userId: newcomer.id,
      })
    })
    const { runQueuedJobs } = await import('#tests/support/queue')
    await runQueuedJobs()
    const rows = await withTenant(tenant.id, () => StaffNotification.all())
    assert.deepEqual(
      rows.map((row) => [row.userId, row.title]),
      [[owner.id, 'Ana Lima joined the team']]
    )
  })
})
