import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import Tenant from '#kernel/tenancy/models/tenant'
import TenantModule from '#kernel/modules/tenant_module'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { createPlan } from '#kernel/billing/plans/plan_service'
import type { PlanFormData } from '#kernel/billing/plans/plan_validator'
import { applyPlanModules } from '#kernel/billing/entitlements/apply_plan_modules'
import { listeningForEntitlementChanges } from '#kernel/billing/entitlements/tenant_entitlements'
import AlphaNote from '#tests/fixtures/modules/alpha/alpha_note'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { addMember, makeWorkspace } from '#tests/support/factories'
import { subscribeTenant } from '#tests/support/billing_factories'

const system = { actor: null }

function plan(key: string, name: string, modules: string[], extra: Partial<PlanFormData> = {}) {
  return createPlan({
    key,
    name,
    currency: 'EUR',
    monthly_price: 10,
    yearly_price: 100,
    trial_days: 14,
    modules,
    limits: {},
    is_public: true,
    is_default: false,
    sort_order: 0,
    ...extra,
  })
}

/** Basic (the default) lacks Alpha; Notes and the hidden Internal plan include it. */
async function plans() {
  const basic = await plan('basic', 'Basic', ['storefront'], { is_default: true })
  const notes = await plan('notes', 'Notes', ['storefront', 'alpha'], { sort_order: 1 })
  await plan('internal', 'Internal', ['alpha'], { is_public: false })
  return { basic, notes }
}

async function apiToken(tenant: Tenant) {
  const token = await Tenant.apiTokens.create(tenant, ['*'], { name: 'Test' })
  return token.value!.release()
}

/** A workspace that used Alpha on the Notes plan, then moved to Basic without it being switched off. */
async function workspaceOutgrownPlan(slug: string) {
  const { tenant, owner } = await makeWorkspace({ slug })
  await subscribeTenant(tenant.id, 'notes')
  await withTenant(tenant.id, () => enableModule('alpha', system))
  await subscribeTenant(tenant.id, 'basic')
  return { tenant, owner }
}

test.group('Module gating by plan', () => {
  test('staff get an upgrade page naming the module and the plans that include it', async ({
    client,
    assert,
  }) => {
    await plans()
    const { owner } = await workspaceOutgrownPlan('outgrown')

    const page = await client.get('/app/outgrown/alpha/notes').loginAs(owner).withInertia()
    page.assertStatus(402)
    page.assertInertiaComponent('workspace/upgrade')
    assert.deepEqual(page.inertiaProps.module, {
      key: 'alpha',
      name: 'Alpha',
      description: 'Notes, for testing the module contract.',
    })
    assert.deepEqual(page.inertiaProps.plans, [{ key: 'notes', name: 'Notes' }])
    assert.equal(page.inertiaProps.billingUrl, '/app/outgrown/settings/billing')
    assert.isTrue(page.inertiaProps.canManageBilling)

    const manager = await addMember((await Tenant.findByOrFail('slug', 'outgrown')).id, 'manager')
    const forManager = await client.get('/app/outgrown/alpha/notes').loginAs(manager).withInertia()
    forManager.assertStatus(402)
    assert.isFalse(forManager.inertiaProps.canManageBilling)

    const html = await client.get('/app/outgrown/alpha/notes').loginAs(owner)
    html.assertStatus(402)
    assert.include(html.text(), 'Alpha is not in your plan')
  })

  test('customers and API clients get 404 for a module outside the plan', async ({ client }) => {
    await plans()
    const { tenant } = await workspaceOutgrownPlan('outgrown-shop')
    const token = await apiToken(tenant)

    const shop = await client.get('/s/outgrown-shop/alpha-notes')
    shop.assertStatus(404)
    const api = await client.get('/api/v1/alpha/notes').bearerToken(token)
    api.assertStatus(404)

    await subscribeTenant(tenant.id, 'notes')
    const shopAgain = await client.get('/s/outgrown-shop/alpha-notes')
    shopAgain.assertStatus(200)
    const apiAgain = await client.get('/api/v1/alpha/notes').bearerToken(token)
    apiAgain.assertStatus(200)
  })

  test('the storefront outside the plan: upgrade page in the back office, 404 in the shop and API', async ({
    client,
  }) => {
    await plans()
    await plan('bare', 'Bare', [])
    const { tenant, owner } = await makeShop({ slug: 'bare-shop' })
    const token = await apiToken(tenant)
    const shopBefore = await client.get('/s/bare-shop/search')
    shopBefore.assertStatus(200)
    const apiBefore = await client.get('/api/v1/products').bearerToken(token)
    apiBefore.assertStatus(200)
    await subscribeTenant(tenant.id, 'bare')

    const backOffice = await client
      .get('/app/bare-shop/storefront/products')
      .loginAs(owner)
      .withInertia()
    backOffice.assertStatus(402)
    backOffice.assertInertiaComponent('workspace/upgrade')
    backOffice.assertInertiaPropsContains({ plans: [{ key: 'basic', name: 'Basic' }] })
    const shop = await client.get('/s/bare-shop/search')
    shop.assertStatus(404)
    const api = await client.get('/api/v1/products').bearerToken(token)
    api.assertStatus(404)
  })

  test('a module in the plan but switched off still answers 404', async ({ client }) => {
    await plans()
    const { tenant, owner } = await makeWorkspace({ slug: 'notes-off' })
    await subscribeTenant(tenant.id, 'notes')
    const page = await client.get('/app/notes-off/alpha/notes').loginAs(owner)
    page.assertStatus(404)
  })

  test('navigation lists only modules the plan includes', async ({ client, assert }) => {
    await plans()
    const { tenant, owner } = await workspaceOutgrownPlan('nav-plan')
    const labels = async () => {
      const page = await client.get('/app/nav-plan').loginAs(owner).withInertia()
      return (page.inertiaProps.shell.navigation as { label: string }[]).map((item) => item.label)
    }
    assert.notInclude(await labels(), 'Alpha notes')
    await subscribeTenant(tenant.id, 'notes')
    assert.include(await labels(), 'Alpha notes')
  })

  test('a workspace without a subscription has the default plan', async ({ assert }) => {
    await plans()
    const { tenant } = await makeWorkspace()
    const availability = await app.container.make(ModuleAvailability)
    assert.isFalse(await availability.isAvailable(tenant.id, 'alpha'))
    assert.isTrue(await availability.isAvailable(tenant.id, 'storefront'))
    await assert.rejects(
      () => withTenant(tenant.id, () => enableModule('alpha', system)),
      'Alpha is not included in your plan. Upgrade to use it.'
    )
  })

  test('before any plan exists every module is available', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    const availability = await app.container.make(ModuleAvailability)
    assert.isTrue(await availability.isAvailable(tenant.id, 'alpha'))
    await withTenant(tenant.id, () => enableModule('alpha', system))
  })

  test('the modules page says which modules the plan includes and where the others are', async ({
    client,
    assert,
  }) => {
    await plans()
    const { tenant, owner } = await makeWorkspace({ slug: 'plan-column' })
    await subscribeTenant(tenant.id, 'basic')
    const page = await client.get('/app/plan-column/settings/modules').loginAs(owner).withInertia()
    const modules = page.inertiaProps.modules as {
      key: string
      available: boolean
      offeredOn: string[]
    }[]
    const alpha = modules.find((module) => module.key === 'alpha')!
    const storefront = modules.find((module) => module.key === 'storefront')!
    assert.deepInclude(alpha, { available: false, offeredOn: ['Notes'] })
    assert.deepInclude(storefront, { available: true, offeredOn: ['Basic', 'Notes'] })

    const refused = await client
      .post('/app/plan-column/settings/modules/alpha/enable')
      .loginAs(owner)
      .withCsrfToken()
      .accept('json')
    refused.assertStatus(409)
    refused.assertBodyContains({
      message: 'Alpha is not included in your plan. Upgrade to use it.',
    })
  })
})

test.group('Entitlements cache', () => {
  test('a subscription changed by another process is heard through the database', async ({
    assert,
  }) => {
    const { notes } = await plans()
    const { tenant } = await makeWorkspace()
    await subscribeTenant(tenant.id, 'basic')
    const availability = await app.container.make(ModuleAvailability)
    const hasAlpha = () => availability.isAvailable(tenant.id, 'alpha')
    const deadline = Date.now() + 3000
    // Once this process listens for changes, entitlements are cached.
    while (!listeningForEntitlementChanges() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    assert.isTrue(listeningForEntitlementChanges())
    assert.isFalse(await hasAlpha())

    // As a queue worker would: a plain SQL update, no model hooks in this process.
    await withTenant(tenant.id, () =>
      db.rawQuery('update subscriptions set plan_id = ? where tenant_id = ?', [notes.id, tenant.id])
    )
    let available = await hasAlpha()
    while (!available && Date.now() < deadline + 3000) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      available = await hasAlpha()
    }
    assert.isTrue(available)
  })
})

test.group('Moving to a plan without a module', () => {
  test('switches the module off and keeps its data; moving back brings it back', async ({
    assert,
  }) => {
    const { basic, notes } = await plans()
    const { tenant } = await makeWorkspace()
    await subscribeTenant(tenant.id, 'notes')
    await withTenant(tenant.id, async () => {
      await enableModule('alpha', system)
      await AlphaNote.create({ body: 'Keep me' })
    })

    await subscribeTenant(tenant.id, 'basic')
    const disabled = await applyPlanModules(tenant.id, basic)
    assert.deepEqual(disabled, ['alpha'])

    await withTenant(tenant.id, async () => {
      const row = await TenantModule.findByOrFail('module_key', 'alpha')
      assert.equal(row.status, 'disabled')
      const notesKept = await AlphaNote.query().orderBy('created_at')
      assert.deepEqual(
        notesKept.map((note) => note.body),
        ['Welcome to Alpha', 'Keep me']
      )
    })
    assert.deepEqual(
      await applyPlanModules(tenant.id, basic),
      [],
      'running it again changes nothing'
    )

    await subscribeTenant(tenant.id, 'notes')
    assert.deepEqual(await applyPlanModules(tenant.id, notes), [])
    await withTenant(tenant.id, async () => {
      await enableModule('alpha', system)
      const notesBack = await AlphaNote.query().orderBy('created_at')
      assert.deepEqual(
        notesBack.map((note) => note.body),
        ['Welcome to Alpha', 'Keep me']
      )
    })
  })

  test('dependent modules are switched off before what they depend on', async ({ assert }) => {
    const basic = await plan('bare', 'Bare', [], { is_default: true })
    await plan('full', 'Full', ['alpha', 'beta', 'gamma'])
    const { tenant } = await makeWorkspace()
    await subscribeTenant(tenant.id, 'full')
    await withTenant(tenant.id, () => enableModule('beta', system))

    await subscribeTenant(tenant.id, 'bare')
    const disabled = await applyPlanModules(tenant.id, basic)
    assert.sameMembers(disabled, ['alpha', 'beta', 'gamma'])
    assert.isBelow(disabled.indexOf('beta'), disabled.indexOf('alpha'))
    await withTenant(tenant.id, async () => {
      const enabled = await TenantModule.query().where('status', 'enabled')
      assert.lengthOf(enabled, 0)
    })
  })
})
