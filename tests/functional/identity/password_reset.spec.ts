import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import timekeeper from 'timekeeper'
import User from '#kernel/identity/models/user'
import UserSession from '#kernel/identity/models/user_session'
import ResetPasswordMail from '#kernel/identity/mails/reset_password_mail'
import { makeUser } from '#tests/support/factories'
import { linkFromQueuedMail } from '#tests/support/mailbox'
import { assertFieldError } from '#tests/support/assertions'

const NEW_PASSWORD = 'Brand-New-Secret-42'

async function requestLink(client: any, email: string) {
  return client.post('/forgot-password').form({ email }).withCsrfToken().redirects(0)
}

test.group('Password reset', (group) => {
  group.each.teardown(() => {
    timekeeper.reset()
  })

  test('sends a link that sets a new password once and ends every session', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const user = await makeUser()
    await UserSession.create({ userId: user.id, lastSeenAt: user.createdAt })
    const requested = await requestLink(client, user.email)
    requested.assertFlashMessage('success')
    fake.mails.assertQueued(ResetPasswordMail, ({ message }) => message.hasTo(user.email))
    const link = await linkFromQueuedMail(fake, '/reset-password/')

    const page = await client.get(link).withInertia()
    page.assertInertiaPropsContains({ valid: true })

    const reset = await client
      .post(link)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    reset.assertHeader('location', '/login')
    assert.isTrue(await (await User.findOrFail(user.id)).verifyPassword(NEW_PASSWORD))
    assert.lengthOf(await UserSession.query().where('user_id', user.id).whereNull('revoked_at'), 0)

    const again = await client
      .post(link)
      .form({ password: 'Another-Secret-43', password_confirmation: 'Another-Secret-43' })
      .withCsrfToken()
      .redirects(0)
    again.assertHeader('location', '/forgot-password')
    assert.isTrue(await (await User.findOrFail(user.id)).verifyPassword(NEW_PASSWORD))
  })

  test('the link expires after one hour', async ({ client, assert }) => {
    using fake = mail.fake()
    const user = await makeUser()
    await requestLink(client, user.email)
    const link = await linkFromQueuedMail(fake, '/reset-password/')

    timekeeper.travel(new Date(Date.now() + 61 * 60 * 1000))
    const page = await client.get(link).withInertia()
    page.assertInertiaPropsContains({ valid: false })
    const reset = await client
      .post(link)
      .form({ password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    reset.assertHeader('location', '/forgot-password')
    assert.isFalse(await (await User.findOrFail(user.id)).verifyPassword(NEW_PASSWORD))
  })

  test('a tampered link is refused', async ({ client }) => {
    using fake = mail.fake()
    const user = await makeUser()
    await requestLink(client, user.email)
    const link = await linkFromQueuedMail(fake, '/reset-password/')
    const tampered = link.replace(/signature=([^&])/, 'signature=X$1')
    const page = await client.get(tampered).withInertia()
    page.assertInertiaPropsContains({ valid: false })
  })

  test('says the same thing for unknown emails and sends nothing', async ({ client }) => {
    using fake = mail.fake()
    const response = await requestLink(client, 'nobody@example.com')
    response.assertFlashMessage('success')
    fake.mails.assertNoneQueued()
  })

  test('the new password must be strong and confirmed', async ({ client }) => {
    using fake = mail.fake()
    const user = await makeUser()
    await requestLink(client, user.email)
    const link = await linkFromQueuedMail(fake, '/reset-password/')
    const weak = await client
      .post(link)
      .form({ password: 'short', password_confirmation: 'short' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(weak, 'password')
    const mismatch = await client
      .post(link)
      .form({ password: NEW_PASSWORD, password_confirmation: 'Something-Else-99' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(mismatch, 'password_confirmation')
  })

  test('limits reset requests per address', async ({ client, assert }) => {
    using fake = mail.fake()
    const user = await makeUser()
    for (let attempt = 0; attempt < 3; attempt++) {
      await requestLink(client, user.email)
    }
    const blocked = await requestLink(client, user.email)
    assert.exists(blocked.header('retry-after'))
    assert.lengthOf(fake.mails.queued(), 3)
  })
})

test.group('Email verification', () => {
  test('the emailed link confirms the address, and only that address', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const response = await client
      .post('/signup')
      .form({ name: 'Ada Lovelace', email: 'ada@example.com', password: 'Analytical-Engine-1843' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const link = await linkFromQueuedMail(fake, '/verify-email/')
    const user = await User.findByOrFail('email', 'ada@example.com')

    const forged = await client
      .get(link.replace('ada%40example.com', 'eve%40example.com'))
      .redirects(0)
    forged.assertFlashMessage('error')
    assert.isNull((await User.findOrFail(user.id)).emailVerifiedAt)

    const confirmed = await client.get(link).redirects(0)
    confirmed.assertFlashMessage('success')
    assert.isNotNull((await User.findOrFail(user.id)).emailVerifiedAt)
  })
})
