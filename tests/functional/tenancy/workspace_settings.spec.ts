import { test } from '@japa/runner'
import Tenant from '#kernel/tenancy/models/tenant'
import AuditEvent from '#kernel/audit/audit_event'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeWorkspace } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'

const profile = {
  business_name: 'Glow Lab Paris',
  slug: 'glow-paris',
  country: 'FR',
  currency: 'EUR',
  timezone: 'Europe/Paris',
  locale: 'fr',
}

test.group('Workspace settings', () => {
  test('a changed slug redirects the old URLs and is audited', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'glow-lab' })
    const response = await client
      .put('/app/glow-lab/settings/profile')
      .loginAs(owner)
      .form(profile)
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/app/glow-paris/settings/profile')

    const saved = await Tenant.findOrFail(tenant.id)
    assert.equal(saved.slug, 'glow-paris')
    assert.deepEqual(saved.previousSlugs, ['glow-lab'])

    const old = await client.get('/app/glow-lab/settings/team').loginAs(owner).redirects(0)
    old.assertStatus(302)
    old.assertHeader('location', '/app/glow-paris/settings/team')

    const events = await withTenant(tenant.id, async () =>
      AuditEvent.query().where('action', 'workspace.settings_changed')
    )
    assert.lengthOf(events, 1)
    assert.deepInclude(events[0].metadata, { slug: { from: 'glow-lab', to: 'glow-paris' } })
  })

  test('validates the profile', async ({ client }) => {
    const { owner } = await makeWorkspace({ slug: 'glow-lab' })
    const response = await client
      .put('/app/glow-lab/settings/profile')
      .loginAs(owner)
      .form({ ...profile, slug: 'api', currency: 'XYZ' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(response, 'slug')
    assertFieldError(response, 'currency')
  })

  test('members without the permission cannot change settings', async ({ client, assert }) => {
    const { tenant } = await makeWorkspace({ slug: 'glow-lab' })
    const employee = await addMember(tenant.id, 'employee')
    const response = await client
      .put('/app/glow-lab/settings/profile')
      .loginAs(employee)
      .form(profile)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.match(response.flashMessage('error') as unknown as string, /do not have permission/)
    assert.equal((await Tenant.findOrFail(tenant.id)).slug, 'glow-lab')
    const json = await client
      .put('/app/glow-lab/settings/profile')
      .loginAs(employee)
      .json(profile)
      .accept('json')
      .withCsrfToken()
    json.assertStatus(403)
  })

  test('the audit log lists and filters events for those allowed', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'glow-lab' })
    await client
      .put('/app/glow-lab/settings/profile')
      .loginAs(owner)
      .form({ ...profile, slug: 'glow-lab' })
      .withCsrfToken()
    const all = await client.get('/app/glow-lab/settings/audit').loginAs(owner).withInertia()
    all.assertInertiaComponent('workspace/settings/audit')
    assert.includeMembers(
      all.inertiaProps.events.map((event: { action: string }) => event.action),
      ['workspace.created', 'workspace.settings_changed']
    )
    const filtered = await client
      .get('/app/glow-lab/settings/audit?action=workspace.created')
      .loginAs(owner)
      .withInertia()
    assert.deepEqual(
      filtered.inertiaProps.events.map((event: { action: string }) => event.action),
      ['workspace.created']
    )
    const bad = await client
      .get('/app/glow-lab/settings/audit?from=yesterday')
      .loginAs(owner)
      .redirects(0)
    assert.oneOf(bad.status(), [302, 422])

    const agent = await addMember(tenant.id, 'agent')
    const forbidden = await client.get('/app/glow-lab/settings/audit').loginAs(agent)
    forbidden.assertStatus(403)
  })
})
