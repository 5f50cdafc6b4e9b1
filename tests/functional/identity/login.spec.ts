import { test } from '@japa/runner'
import { assertFieldError } from '#tests/support/assertions'
import User from '#kernel/identity/models/user'
import UserSession from '#kernel/identity/models/user_session'
import UserSecurityEvent from '#kernel/identity/models/user_security_event'
import AuditEvent from '#kernel/audit/audit_event'
import { disableUser } from '#kernel/identity/actions/end_sessions'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeUser, makeWorkspace } from '#tests/support/factories'

const origin = { ip: '127.0.0.1', userAgent: 'test' }

test.group('Sign in', () => {
  test('signs in, starts a tracked session and audits it in each workspace', async ({
    client,
    assert,
  }) => {
    const { owner, tenant } = await makeWorkspace()
    const response = await client
      .post('/login')
      .form({ email: owner.email, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/app')
    assert.lengthOf(await UserSession.query().where('user_id', owner.id), 1)
    const audit = await withTenant(tenant.id, () =>
      AuditEvent.query().where('action', 'account.signed_in')
    )
    assert.lengthOf(audit, 1)
  })

  test('gets a new session id on sign-in', async ({ client, assert }) => {
    const user = await makeUser()
    const page = await client.get('/login')
    const before = page.cookie('wrencos-session')?.value
    const response = await client
      .post('/login')
      .form({ email: user.email, password: TEST_PASSWORD })
      .withCsrfToken()
      .cookie('wrencos-session', before)
      .redirects(0)
    const after = response.cookie('wrencos-session')?.value
    assert.exists(before)
    assert.exists(after)
    assert.notEqual(after, before)
  })

  test('refuses a wrong password with one clear message and records the failure', async ({
    client,
    assert,
  }) => {
    const user = await makeUser()
    const response = await client
      .post('/login')
      .form({ email: user.email, password: 'Wrong-Password-1' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(response, 'email', 'The email or password is not right.')
    const events = await UserSecurityEvent.query().where('action', 'account.sign_in_failed')
    assert.lengthOf(events, 1)
    assert.equal(events[0].userId, user.id)
  })

  test('blocks the sixth failed attempt in a minute with Retry-After', async ({
    client,
    assert,
  }) => {
    const user = await makeUser()
    for (let attempt = 0; attempt < 5; attempt++) {
      await client
        .post('/login')
        .form({ email: user.email, password: 'Wrong-Password-1' })
        .withCsrfToken()
        .redirects(0)
    }
    const blocked = await client
      .post('/login')
      .form({ email: user.email, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    assert.isAbove(Number(blocked.header('retry-after')), 60)
    assert.match(
      blocked.flashMessage('error') as unknown as string,
      /Too many attempts. Try again in \d+ minutes/
    )
    assert.lengthOf(await UserSession.query().where('user_id', user.id), 0)
  })

  test('answers throttled JSON clients with 429', async ({ client }) => {
    const user = await makeUser()
    for (let attempt = 0; attempt < 5; attempt++) {
      await client
        .post('/login')
        .json({ email: user.email, password: 'Wrong-Password-1' })
        .withCsrfToken()
        .accept('json')
        .redirects(0)
    }
    const blocked = await client
      .post('/login')
      .json({ email: user.email, password: 'Wrong-Password-1' })
      .withCsrfToken()
      .accept('json')
    blocked.assertStatus(429)
    blocked.assertHeader('retry-after', blocked.header('retry-after'))
  })

  test('a disabled account cannot sign in', async ({ client }) => {
    const user = await makeUser()
    await disableUser(user, 'left the company', origin)
    const response = await client
      .post('/login')
      .form({ email: user.email, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(
      response,
      'email',
      'This account has been disabled. Contact your workspace owner.'
    )
  })

  test('disabling a user ends their open sessions', async ({ client, assert }) => {
    const { owner, tenant } = await makeWorkspace()
    const open = await client.get(`/app/${tenant.slug}`).loginAs(owner).redirects(0)
    open.assertStatus(200)

    await disableUser(owner, 'security review', origin)
    const after = await client.get(`/app/${tenant.slug}`).loginAs(owner).redirects(0)
    after.assertStatus(302)
    after.assertHeader('location', `/login?return_to=%2Fapp%2F${tenant.slug}`)
    assert.isNotNull((await User.findOrFail(owner.id)).disabledAt)
    assert.lengthOf(await UserSession.query().where('user_id', owner.id).whereNull('revoked_at'), 0)
  })

  test('signing out ends the tracked session', async ({ client, assert }) => {
    const user = await makeUser()
    const response = await client.post('/logout').loginAs(user).withCsrfToken().redirects(0)
    response.assertHeader('location', '/login')
    const sessions = await UserSession.query().where('user_id', user.id)
    assert.isTrue(sessions.every((session) => session.revokedAt !== null))
  })

  test('a signed-out visitor of the back office signs in and comes back', async ({ client }) => {
    const { tenant, owner } = await makeWorkspace()
    const path = `/app/${tenant.slug}/settings/team?tab=invites`
    const response = await client.get(path).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', `/login?return_to=${encodeURIComponent(path)}`)
    response.assertFlashMessage('error', 'Sign in to continue.')

    const page = await client.get(`/login?return_to=${encodeURIComponent(path)}`).withInertia()
    page.assertInertiaPropsContains({ returnTo: path })
    const signedIn = await client
      .post('/login')
      .form({ email: owner.email, password: TEST_PASSWORD, return_to: path })
      .withCsrfToken()
      .redirects(0)
    signedIn.assertHeader('location', path)
  })

  test('JSON clients of the back office get a 401', async ({ client }) => {
    const { tenant } = await makeWorkspace()
    const response = await client.get(`/app/${tenant.slug}/notifications/summary`).accept('json')
    response.assertStatus(401)
    response.assertBodyContains({ message: 'Sign in to continue.' })
  })
})

test.group('Sign in: extras', () => {
  test('"keep me signed in" stores a remember-me token', async ({ client, assert }) => {
    const user = await makeUser()
    const response = await client
      .post('/login')
      .form({ email: user.email, password: TEST_PASSWORD, remember: 'true' })
      .withCsrfToken()
      .redirects(0)
    assert.exists(response.cookie('remember_web'))
    assert.lengthOf(await User.rememberMeTokens.all(user), 1)
  })

  test('Google sign-in does not exist until its keys are configured', async ({ client }) => {
    const response = await client.get('/auth/google/redirect').redirects(0)
    response.assertStatus(404)
  })

  test('a return path after sign-in never leaves the site', async ({ client }) => {
    const user = await makeUser()
    const response = await client
      .post('/login')
      .form({ email: user.email, password: TEST_PASSWORD, return_to: '//evil.example/steal' })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/app')
  })
})
