import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import User from '#kernel/identity/models/user'
import UserSession from '#kernel/identity/models/user_session'
import VerifyEmailMail from '#kernel/identity/mails/verify_email_mail'
import { TEST_PASSWORD, makeUser } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'

test.group('Account', () => {
  test('changing the email needs the current password and a new confirmation', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const user = await makeUser()
    const wrong = await client
      .put('/account/email')
      .loginAs(user)
      .form({ email: 'new@example.com', current_password: 'Not-My-Password-1' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(wrong, 'current_password', 'Your current password is not right.')
    assert.equal((await User.findOrFail(user.id)).email, user.email)

    const right = await client
      .put('/account/email')
      .loginAs(user)
      .form({ email: 'new@example.com', current_password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    right.assertFlashMessage('success')
    const saved = await User.findOrFail(user.id)
    assert.equal(saved.email, 'new@example.com')
    assert.isNull(saved.emailVerifiedAt)
    fake.mails.assertQueued(VerifyEmailMail, ({ message }) => message.hasTo('new@example.com'))
  })

  test('changing the password needs the current one and signs out the other sessions', async ({
    client,
    assert,
  }) => {
    const user = await makeUser()
    const other = await UserSession.create({ userId: user.id, lastSeenAt: user.createdAt })
    const response = await client
      .put('/account/password')
      .loginAs(user)
      .form({
        current_password: TEST_PASSWORD,
        password: 'A-Better-Secret-77',
        password_confirmation: 'A-Better-Secret-77',
      })
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success')
    assert.isTrue(await (await User.findOrFail(user.id)).verifyPassword('A-Better-Secret-77'))
    assert.isNotNull((await UserSession.findOrFail(other.id)).revokedAt)
  })

  test('a session ended from the account page is signed out on its next request', async ({
    client,
    assert,
  }) => {
    const user = await makeUser()
    const tracked = await UserSession.create({ userId: user.id, lastSeenAt: user.createdAt })
    const browser = { auth_web: user.id, user_session_id: tracked.id }
    const signedIn = await client.get('/account').withSession(browser).redirects(0)
    signedIn.assertStatus(200)

    const ended = await client
      .delete(`/account/sessions/${tracked.id}`)
      .loginAs(user)
      .withCsrfToken()
      .redirects(0)
    ended.assertFlashMessage('success')

    const after = await client.get('/account').withSession(browser).redirects(0)
    after.assertStatus(302)
    after.assertHeader('location', '/login?return_to=%2Faccount')
    after.assertFlashMessage('error', 'Your session has ended. Please sign in again.')
    assert.isNotNull((await UserSession.findOrFail(tracked.id)).revokedAt)
  })

  test("a user cannot end someone else's session", async ({ client, assert }) => {
    const user = await makeUser()
    const victim = await makeUser()
    const session = await UserSession.create({ userId: victim.id, lastSeenAt: victim.createdAt })
    await client.delete(`/account/sessions/${session.id}`).loginAs(user).withCsrfToken()
    assert.isNull((await UserSession.findOrFail(session.id)).revokedAt)
  })
})
