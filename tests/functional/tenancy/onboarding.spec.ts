import { test } from '@japa/runner'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import Tenant from '#kernel/tenancy/models/tenant'
import Membership from '#kernel/identity/models/membership'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { assertFieldError } from '#tests/support/assertions'
import { makeUser, makeWorkspace } from '#tests/support/factories'

const valid = {
  business_name: 'Glow Lab',
  slug: 'glow-lab',
  industry: 'beauty',
  country: 'FR',
  currency: 'EUR',
  timezone: 'Europe/Paris',
  locale: 'fr',
  brand_color: '#ff6699',
}

// The smallest valid PNG (1×1, transparent).
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201f3b5f2dc0000000049454e44ae426082',
  'hex'
)

test.group('Onboarding: create a workspace', () => {
  test('creates the workspace with its owner and lands in its back office', async ({
    client,
    assert,
  }) => {
    const user = await makeUser()
    const logo = join(app.tmpPath(), 'logo.png')
    await writeFile(logo, PNG)
    const request = client.post('/onboarding/workspace').loginAs(user).withCsrfToken().redirects(0)
    for (const [key, value] of Object.entries(valid)) {
      request.field(key, value)
    }
    const response = await request.file('logo', logo)
    response.assertStatus(302)
    response.assertHeader('location', '/app/glow-lab')

    const tenant = await Tenant.findByOrFail('slug', 'glow-lab')
    assert.equal(tenant.currency, 'EUR')
    assert.equal(tenant.industry, 'beauty')
    assert.match(tenant.logoPath!, /^logos\/.+\.png$/)
    const owners = await withTenant(tenant.id, async () =>
      Membership.query().where('role', 'owner')
    )
    assert.deepEqual(
      owners.map((membership) => membership.userId),
      [user.id]
    )

    const dashboard = await client.get('/app/glow-lab').loginAs(user).withInertia()
    dashboard.assertInertiaComponent('workspace/dashboard')
    assert.equal(dashboard.inertiaProps.checklist.length, 3)
    assert.isTrue(
      dashboard.inertiaProps.checklist.find((item: { key: string }) => item.key === 'branding').done
    )
  })

  const bad: [string, Record<string, string>, string][] = [
    ['a reserved slug', { ...valid, slug: 'admin' }, 'slug'],
    ['a slug with spaces', { ...valid, slug: 'glow lab' }, 'slug'],
    ['a too short slug', { ...valid, slug: 'ab' }, 'slug'],
    ['an empty business name', { ...valid, business_name: '' }, 'business_name'],
    ['an unknown industry', { ...valid, industry: 'mining' }, 'industry'],
    ['an unknown country', { ...valid, country: 'XX' }, 'country'],
    ['an unknown currency', { ...valid, currency: 'ABC' }, 'currency'],
    ['an unknown time zone', { ...valid, timezone: 'Mars/Base' }, 'timezone'],
    ['an unsupported language', { ...valid, locale: 'tlh' }, 'locale'],
    ['a colour that is not hex', { ...valid, brand_color: 'pink' }, 'brand_color'],
  ]
  for (const [label, form, field] of bad) {
    test(`refuses ${label}`, async ({ client, assert }) => {
      const user = await makeUser()
      const response = await client
        .post('/onboarding/workspace')
        .loginAs(user)
        .form(form)
        .withCsrfToken()
        .redirects(0)
      assertFieldError(response, field)
      assert.lengthOf(await Tenant.all(), 0)
    })
  }

  test('refuses a slug another workspace uses or used', async ({ client }) => {
    const { tenant } = await makeWorkspace({ slug: 'taken-shop' })
    tenant.merge({ slug: 'renamed-shop', previousSlugs: ['taken-shop'] })
    await tenant.save()
    const user = await makeUser()
    for (const slug of ['renamed-shop', 'taken-shop']) {
      const response = await client
        .post('/onboarding/workspace')
        .loginAs(user)
        .form({ ...valid, slug })
        .withCsrfToken()
        .redirects(0)
      assertFieldError(response, 'slug', 'This web address is already taken. Choose another one.')
    }
  })

  test('refuses a logo whose content is not an image, whatever its name', async ({
    client,
    assert,
  }) => {
    const user = await makeUser()
    const fake = join(app.tmpPath(), 'fake.png')
    await writeFile(fake, '<svg onload="alert(1)"></svg>')
    const request = client.post('/onboarding/workspace').loginAs(user).withCsrfToken().redirects(0)
    for (const [key, value] of Object.entries(valid)) {
      request.field(key, value)
    }
    const response = await request.file('logo', fake)
    assertFieldError(response, 'logo')
    assert.lengthOf(await Tenant.all(), 0)
  })

  test('checks slug availability while typing', async ({ client, assert }) => {
    await makeWorkspace({ slug: 'bloom' })
    const user = await makeUser()
    const taken = await client.get('/onboarding/slug-availability?slug=bloom').loginAs(user)
    assert.deepEqual(taken.body(), {
      available: false,
      reason: 'This web address is already taken.',
    })
    const reserved = await client.get('/onboarding/slug-availability?slug=www').loginAs(user)
    assert.isFalse(reserved.body().available)
    const free = await client.get('/onboarding/slug-availability?slug=bloom-two').loginAs(user)
    assert.isTrue(free.body().available)
  })

  test('/app sends a person without a workspace to onboarding, and one with a workspace into it', async ({
    client,
  }) => {
    const newcomer = await makeUser()
    const empty = await client.get('/app').loginAs(newcomer).redirects(0)
    empty.assertHeader('location', '/onboarding/workspace')
    const { owner, tenant } = await makeWorkspace()
    const one = await client.get('/app').loginAs(owner).redirects(0)
    one.assertHeader('location', `/app/${tenant.slug}`)
  })
})
