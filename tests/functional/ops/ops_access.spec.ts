import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import User from '#kernel/identity/models/user'
import CreateOperator from '../../../commands/ops_create_operator.js'
import { TEST_PASSWORD, makeUser, makeWorkspace } from '#tests/support/factories'
import { makeOperator } from '#tests/functional/ops/ops_helpers'

const OPS_PAGES = [
  '/ops',
  '/ops/tenants',
  '/ops/plans',
  '/ops/plans/new',
  '/ops/figures',
  '/ops/stripe-events',
  '/ops/settings',
]

test.group('Operator console: access', () => {
  test('guests get a 404 for every console page, as HTML and as JSON', async ({ client }) => {
    for (const url of OPS_PAGES) {
      const html = await client.get(url).redirects(0)
      html.assertStatus(404)
      html.assertTextIncludes('<!DOCTYPE html>')
      const json = await client.get(url).accept('json').redirects(0)
      json.assertStatus(404)
      json.assertHeader('content-type', 'application/json; charset=utf-8')
    }
  })

  test('tenant staff, owners included, get a 404 (HTML, JSON and Inertia)', async ({ client }) => {
    const { owner } = await makeWorkspace()
    for (const url of OPS_PAGES) {
      const html = await client.get(url).loginAs(owner).redirects(0)
      html.assertStatus(404)
      const json = await client.get(url).loginAs(owner).accept('json').redirects(0)
      json.assertStatus(404)
    }
    const inertia = await client.get('/ops/tenants').loginAs(owner).withInertia().redirects(0)
    inertia.assertStatus(404)
  })

  test('tenant staff cannot use the console actions either', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace()
    const attempts = [
      client.post(`/ops/tenants/${tenant.id}/suspend`).form({ reason: 'takeover' }),
      client
        .post(`/ops/tenants/${tenant.id}/impersonations`)
        .form({ reason: 'x', user_id: owner.id }),
      client.put('/ops/settings').form({ grace_days: 1, restricted_storefront: 'maintenance' }),
      client.post('/ops/plans').form({ name: 'Free for me' }),
    ]
    for (const attempt of attempts) {
      const response = await attempt.loginAs(owner).withCsrfToken().accept('json').redirects(0)
      response.assertStatus(404)
    }
    await tenant.refresh()
    assert.equal(tenant.status, 'active')
  })

  test('an operator opens the console; /ops leads to the workspace list', async ({ client }) => {
    const operator = await makeOperator()
    const home = await client.get('/ops').loginAs(operator).redirects(0)
    home.assertStatus(302)
    home.assertHeader('location', '/ops/tenants')
    for (const url of OPS_PAGES.slice(1)) {
      const page = await client.get(url).loginAs(operator).withInertia()
      page.assertStatus(200)
    }
  })

  test('an operator who is also a member sees the console link in the back office', async ({
    client,
    assert,
  }) => {
    const operator = await makeOperator()
    const { owner } = await makeWorkspace({ slug: 'ops-own-shop', owner: operator })
    const page = await client.get('/app/ops-own-shop').loginAs(owner).withInertia()
    page.assertStatus(200)
    assert.isTrue(page.inertiaProps.user.operator)
    const staff = await makeWorkspace({ slug: 'plain-shop' })
    const plain = await client.get('/app/plain-shop').loginAs(staff.owner).withInertia()
    assert.isFalse(plain.inertiaProps.user.operator)
  })

  test('an operator signs in through /login and lands in the console', async ({ client }) => {
    const operator = await makeOperator()
    const login = await client
      .post('/login')
      .form({ email: operator.email, password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    login.assertHeader('location', '/app')
    const appHome = await client.get('/app').loginAs(operator).redirects(0)
    appHome.assertHeader('location', '/ops')
  })
})

test.group('Operator console: ops:create-operator', () => {
  test('creates an operator from flags, who can sign in', async ({ assert, client }) => {
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    const command = await ace.create(CreateOperator, [
      '--email=Sam@Wrencos.test',
      '--name=Sam Ops',
      `--password=${TEST_PASSWORD}`,
    ])
    await command.exec()
    command.assertSucceeded()
    const user = await User.findByOrFail('email', 'sam@wrencos.test')
    assert.equal(user.platformRole, 'operator')
    assert.equal(user.name, 'Sam Ops')
    assert.isNotNull(user.emailVerifiedAt)

    const login = await client
      .post('/login')
      .form({ email: 'sam@wrencos.test', password: TEST_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    login.assertHeader('location', '/app')
  })

  test('asks for what the flags leave out', async ({ assert }) => {
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    const command = await ace.create(CreateOperator, [])
    command.prompt.trap('Email address').replyWith('asked@wrencos.test')
    command.prompt.trap('Full name').replyWith('Asked Person')
    command.prompt.trap('Password').replyWith(TEST_PASSWORD)
    await command.exec()
    command.assertSucceeded()
    const user = await User.findByOrFail('email', 'asked@wrencos.test')
    assert.isTrue(user.isOperator)
  })

  test('promotes an existing user and is idempotent', async ({ assert }) => {
    const existing = await makeUser({ email: 'promote@example.com', name: 'Existing' })
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    for (let run = 0; run < 2; run++) {
      const command = await ace.create(CreateOperator, ['--email=promote@example.com'])
      await command.exec()
      command.assertSucceeded()
    }
    await existing.refresh()
    assert.isTrue(existing.isOperator)
    assert.equal(existing.name, 'Existing')
    assert.isTrue(await existing.verifyPassword(TEST_PASSWORD))
    assert.lengthOf(await User.query().where('email', 'promote@example.com'), 1)
  })

  test('refuses a weak password and an invalid email, creating nothing', async ({ assert }) => {
    const ace = await app.container.make('ace')
    ace.ui.switchMode('raw')
    const weak = await ace.create(CreateOperator, [
      '--email=weak@wrencos.test',
      '--name=Weak',
      '--password=short',
    ])
    await weak.exec()
    weak.assertFailed()
    const invalid = await ace.create(CreateOperator, ['--email=not-an-email'])
    await invalid.exec()
    invalid.assertFailed()
    assert.isNull(await User.findBy('email', 'weak@wrencos.test'))
  })
})
