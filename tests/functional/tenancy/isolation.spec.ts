import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Invitation from '#kernel/identity/models/invitation'
import Membership from '#kernel/identity/models/membership'
import Customer from '#kernel/identity/models/customer'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { DateTime } from 'luxon'
import { TEST_PASSWORD, addMember, makeWorkspace } from '#tests/support/factories'

async function twoWorkspaces() {
  const a = await makeWorkspace({ slug: 'shop-a' })
  const b = await makeWorkspace({ slug: 'shop-b' })
  const bAgent = await addMember(b.tenant.id, 'agent')
  const bMembership = await withTenant(b.tenant.id, async () =>
    Membership.findByOrFail('user_id', bAgent.id)
  )
  const bInvitation = await withTenant(b.tenant.id, async () =>
    Invitation.create({
      email: 'b-invitee@example.com',
      role: 'employee',
      expiresAt: DateTime.now().plus({ days: 7 }),
      lastSentAt: DateTime.now(),
    })
  )
  return { a, b, bMembership, bInvitation }
}

test.group('Tenant isolation over HTTP', () => {
  test('a user who is not a member gets 404 on another workspace, same as a missing one', async ({
    client,
  }) => {
    const { a } = await twoWorkspaces()
    for (const path of ['/app/shop-b', '/app/shop-b/settings/team', '/app/shop-b/settings/audit']) {
      const response = await client.get(path).loginAs(a.owner)
      response.assertStatus(404)
    }
    const missing = await client.get('/app/no-such-shop').loginAs(a.owner)
    missing.assertStatus(404)
  })

  test("staff of A asking for B's members and invitations by id get 404 and change nothing", async ({
    client,
    assert,
  }) => {
    using fake = mail.fake()
    const { a, b, bMembership, bInvitation } = await twoWorkspaces()
    const attempts = [
      client.put(`/app/shop-a/settings/team/members/${bMembership.id}`).form({ role: 'owner' }),
      client.delete(`/app/shop-a/settings/team/members/${bMembership.id}`),
      client.post(`/app/shop-a/settings/team/invitations/${bInvitation.id}/resend`),
      client.delete(`/app/shop-a/settings/team/invitations/${bInvitation.id}`),
    ]
    for (const attempt of attempts) {
      const response = await attempt.loginAs(a.owner).withCsrfToken().redirects(0)
      response.assertStatus(404)
    }
    const untouched = await withTenant(b.tenant.id, async () =>
      Membership.findOrFail(bMembership.id)
    )
    assert.equal(untouched.role, 'agent')
    const invitation = await withTenant(b.tenant.id, async () =>
      Invitation.findOrFail(bInvitation.id)
    )
    assert.isNull(invitation.revokedAt)
    fake.mails.assertNoneQueued()
  })

  test('a malformed id is a 404, not an error', async ({ client }) => {
    const { a } = await twoWorkspaces()
    const response = await client
      .delete('/app/shop-a/settings/team/members/not-a-uuid')
      .loginAs(a.owner)
      .withCsrfToken()
    response.assertStatus(404)
  })

  test('the team page of A lists only A people', async ({ client, assert }) => {
    const { a } = await twoWorkspaces()
    const page = await client.get('/app/shop-a/settings/team').loginAs(a.owner).withInertia()
    assert.deepEqual(
      page.inertiaProps.members.map((member: { email: string }) => member.email),
      [a.owner.email]
    )
    assert.lengthOf(page.inertiaProps.invitations, 0)
  })

  test('the workspace switcher lists only my workspaces', async ({ client, assert }) => {
    const { a } = await twoWorkspaces()
    const other = await makeWorkspace({ slug: 'shop-c', owner: a.owner })
    const page = await client.get('/app/shop-a').loginAs(a.owner).withInertia()
    assert.sameMembers(
      page.inertiaProps.shell.workspaces.map((workspace: { slug: string }) => workspace.slug),
      ['shop-a', other.tenant.slug]
    )
  })
})

test.group('Storefront tenant resolution and customers', () => {
  test('the same email is a customer of two shops with two passwords', async ({
    client,
    assert,
  }) => {
    await makeWorkspace({ slug: 'shop-a' })
    await makeWorkspace({ slug: 'shop-b' })
    for (const [slug, password] of [
      ['shop-a', 'First-Shop-Secret-1'],
      ['shop-b', 'Second-Shop-Secret-2'],
    ]) {
      const response = await client
        .post(`/s/${slug}/account/register`)
        .form({ name: 'Lea', email: 'lea@example.com', password })
        .withCsrfToken()
        .redirects(0)
      response.assertHeader('location', `/s/${slug}/account`)
    }
    const wrongShop = await client
      .post('/s/shop-a/account/login')
      .form({ email: 'lea@example.com', password: 'Second-Shop-Secret-2' })
      .withCsrfToken()
      .redirects(0)
    assert.property(wrongShop.flashMessages().inputErrorsBag, 'email')
    const rightShop = await client
      .post('/s/shop-b/account/login')
      .form({ email: 'lea@example.com', password: 'Second-Shop-Secret-2' })
      .withCsrfToken()
      .redirects(0)
    rightShop.assertHeader('location', '/s/shop-b/account')
  })

  test('a customer session of shop A is worthless on shop B', async ({ client, assert }) => {
    const a = await makeWorkspace({ slug: 'shop-a' })
    await makeWorkspace({ slug: 'shop-b' })
    const customer = await withTenant(a.tenant.id, async () =>
      Customer.create({ email: 'lea@example.com', name: 'Lea', password: TEST_PASSWORD })
    )
    const own = await client
      .get('/s/shop-a/account')
      .withGuard('customer')
      .loginAs(customer)
      .withInertia()
    own.assertInertiaComponent('shop/account/show')
    assert.equal(own.inertiaProps.customer.email, 'lea@example.com')

    const foreign = await client
      .get('/s/shop-b/account')
      .withGuard('customer')
      .loginAs(customer)
      .redirects(0)
    foreign.assertStatus(302)
    foreign.assertHeader('location', '/s/shop-b/account/login')
  })

  test('a storefront answers on its subdomain and on a verified custom domain', async ({
    client,
  }) => {
    const { tenant } = await makeWorkspace({ slug: 'glow', name: 'Glow Shop' })
    const sub = await client.get('/').header('host', 'glow.localhost').withInertia()
    sub.assertInertiaComponent('shop/home')
    sub.assertInertiaPropsContains({ shop: { name: 'Glow Shop', basePath: '' } })

    const unverified = await client.get('/').header('host', 'shop.glow.example').withInertia()
    unverified.assertInertiaComponent('site/landing')

    tenant.merge({ customDomain: 'shop.glow.example', customDomainVerifiedAt: DateTime.now() })
    await tenant.save()
    const custom = await client
      .get('/account/login')
      .header('host', 'shop.glow.example')
      .withInertia()
    custom.assertInertiaComponent('shop/account/login')
  })

  test('an unknown shop is a 404; a reserved subdomain is the platform', async ({ client }) => {
    const unknown = await client.get('/').header('host', 'nobody.localhost')
    unknown.assertStatus(404)
    const path = await client.get('/s/nobody')
    path.assertStatus(404)
    const www = await client.get('/').header('host', 'www.localhost').withInertia()
    www.assertInertiaComponent('site/landing')
  })

  test('a suspended workspace shows a clear page to customers and staff', async ({ client }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'paused', name: 'Paused Shop' })
    tenant.merge({ status: 'suspended', suspendedReason: 'Unpaid invoices' })
    await tenant.save()
    const shop = await client.get('/s/paused').withInertia()
    shop.assertStatus(423)
    shop.assertInertiaComponent('errors/suspended')
    shop.assertInertiaPropsContains({ audience: 'customer', reason: null })
    const office = await client.get('/app/paused').loginAs(owner).withInertia()
    office.assertStatus(423)
    office.assertInertiaPropsContains({ audience: 'staff', reason: 'Unpaid invoices' })
  })

  test('the tenant is never taken from a header or a body field', async ({ client, assert }) => {
    const a = await makeWorkspace({ slug: 'shop-a' })
    const b = await makeWorkspace({ slug: 'shop-b' })
    const response = await client
      .post('/s/shop-a/account/register')
      .header('x-tenant-id', b.tenant.id)
      .form({
        name: 'Max',
        email: 'max@example.com',
        password: TEST_PASSWORD,
        tenant_id: b.tenant.id,
      })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const inA = await withTenant(a.tenant.id, async () =>
      Customer.findBy('email', 'max@example.com')
    )
    const inB = await withTenant(b.tenant.id, async () =>
      Customer.findBy('email', 'max@example.com')
    )
    assert.exists(inA)
    assert.isNull(inB)
  })
})
