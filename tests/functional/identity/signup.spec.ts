import { test } from '@japa/runner'
import { assertFieldError } from '#tests/support/assertions'
import mail from '@adonisjs/mail/services/main'
import User from '#kernel/identity/models/user'
import VerifyEmailMail from '#kernel/identity/mails/verify_email_mail'
import { TEST_PASSWORD, makeUser } from '#tests/support/factories'

const valid = { name: 'Mina Park', email: 'mina@example.com', password: TEST_PASSWORD }

test.group('Sign up', () => {
  test('creates the account, signs in and continues to the workspace step', async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const response = await client.post('/signup').form(valid).withCsrfToken().redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/onboarding/workspace')
    const user = await User.findByOrFail('email', 'mina@example.com')
    assert.equal(user.name, 'Mina Park')
    assert.notEqual(user.password, TEST_PASSWORD)
    assert.isNull(user.emailVerifiedAt)
    fake.mails.assertQueued(VerifyEmailMail, ({ message }) => message.hasTo('mina@example.com'))
  })

  const badInputs: [string, Record<string, string>, string][] = [
    ['name', { ...valid, name: '' }, 'name'],
    ['name too long', { ...valid, name: 'x'.repeat(121) }, 'name'],
    ['email', { ...valid, email: 'not-an-email' }, 'email'],
    ['password too short', { ...valid, password: 'short1' }, 'password'],
    ['password without digit or symbol', { ...valid, password: 'onlyletterspassword' }, 'password'],
    ['password too common', { ...valid, password: 'password123' }, 'password'],
    ['password containing the email name', { ...valid, password: 'mina12345678' }, 'password'],
  ]
  for (const [label, form, field] of badInputs) {
    test(`refuses a bad ${label} with a field error and creates nothing`, async ({
      client,
      assert,
    }) => {
      const response = await client.post('/signup').form(form).withCsrfToken().redirects(0)
      response.assertStatus(302)
      assertFieldError(response, field)
      assert.equal(
        await User.query()
          .count('* as n')
          .first()
          .then((row) => Number(row!.$extras.n)),
        0
      )
    })
  }

  test('refuses an email that already has an account', async ({ client, assert }) => {
    await makeUser({ email: 'mina@example.com' })
    const response = await client.post('/signup').form(valid).withCsrfToken().redirects(0)
    assertFieldError(response, 'email')
    assert.lengthOf(await User.query().where('email', 'mina@example.com'), 1)
  })

  test('answers JSON clients with 422 and field errors', async ({ client }) => {
    const response = await client
      .post('/signup')
      .json({ name: '', email: 'x', password: '' })
      .withCsrfToken()
      .accept('json')
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ field: 'name' }] })
  })

  test('limits sign-ups per address, with a clear message and Retry-After', async ({
    client,
    assert,
  }) => {
    for (let index = 0; index < 5; index++) {
      const response = await client
        .post('/signup')
        .form({ ...valid, email: `person${index}@example.com` })
        .withCsrfToken()
        .redirects(0)
      response.assertHeader('location', '/onboarding/workspace')
    }
    const blocked = await client
      .post('/signup')
      .form({ ...valid, email: 'one-too-many@example.com' })
      .withCsrfToken()
      .redirects(0)
    assert.exists(blocked.header('retry-after'))
    blocked.assertFlashMessage('error')
    assert.match(blocked.flashMessage('error') as unknown as string, /Too many attempts/)
    assert.isNull(await User.findBy('email', 'one-too-many@example.com'))
  })
})
