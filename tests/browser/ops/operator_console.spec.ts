import { test } from '@japa/runner'
import AuditEvent from '#kernel/audit/audit_event'
import Impersonation from '#kernel/ops/models/impersonation'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeUser, makeWorkspace } from '#tests/support/factories'
import { makeOperator } from '#tests/functional/ops/ops_helpers'

const SHOTS = '/tmp/shots'

test.group('Operator console in a browser', () => {
  test('an operator finds a workspace, acts as its owner with the banner shown, and ends it', async ({
    visit,
    assert,
  }) => {
    const operator = await makeOperator({ name: 'Sam', email: 'sam@wrencos.test' })
    const jane = await makeUser({ name: 'Jane', email: 'jane@lumiere.example' })
    const { tenant } = await makeWorkspace({ name: 'Lumière', slug: 'lumiere', owner: jane })
    await makeWorkspace({ name: 'Glow Lab', slug: 'glow-lab' })

    const page = await visit('/login')
    await page.locator('body[data-ready]').waitFor()
    await page.locator('input[name="email"]').fill(operator.email)
    await page.locator('input[name="password"]').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/ops/tenants')
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('link', { name: 'Glow Lab' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-tenants.png`, fullPage: true })

    await page.getByLabel('Search').fill('lumi')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.waitForURL((url) => url.searchParams.get('search') === 'lumi')
    await page.getByRole('link', { name: 'Glow Lab' }).waitFor({ state: 'detached' })
    await page.getByRole('link', { name: 'Lumière' }).click()
    await page.waitForURL((url) => url.pathname === `/ops/tenants/${tenant.id}`)
    await page.getByRole('heading', { name: 'Lumière' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-tenant.png`, fullPage: true })

    await page.getByRole('button', { name: 'Act as Jane' }).click()
    const dialog = page.getByRole('dialog', { name: 'Act as Jane?' })
    await dialog.getByRole('button', { name: 'Start acting as this user' }).click()
    await dialog.getByText('Enter a reason.').waitFor()
    await dialog.getByLabel('Reason').fill('Jane asked for help with her team settings')
    await dialog.getByRole('button', { name: 'Start acting as this user' }).click()
    await page.waitForURL((url) => url.pathname === '/app/lumiere')
    const banner = page.getByTestId('impersonation-banner')
    await banner.waitFor()
    await page.assertTextContains(
      '[data-testid="impersonation-banner"]',
      'You are acting as Jane for Lumière — operator Sam — 15 min left'
    )
    await page.screenshot({ path: `${SHOTS}/ops-impersonating.png`, fullPage: true })

    await page.getByRole('link', { name: 'Team', exact: true }).click()
    await page.waitForURL('**/app/lumiere/settings/team')
    await banner.waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-impersonating-team.png` })

    await banner.getByRole('button', { name: 'End' }).click()
    await page.waitForURL((url) => url.pathname === `/ops/tenants/${tenant.id}`)
    await page.getByText('You stopped acting as this user.').waitFor()
    await banner.waitFor({ state: 'detached' })
    await page
      .getByRole('cell', { name: 'Jane asked for help with her team settings', exact: true })
      .waitFor()
    await page.screenshot({ path: `${SHOTS}/ops-ended.png`, fullPage: true })

    const impersonation = await Impersonation.query().firstOrFail()
    assert.equal(impersonation.endReason, 'ended')
    const actions = await withTenant(tenant.id, async () =>
      AuditEvent.query().whereLike('action', 'ops.impersonation.%').orderBy('created_at')
    )
    assert.deepEqual(
      actions.map((event) => [event.action, event.actorLabel, event.impersonatorLabel]),
      [
        ['ops.impersonation.started', 'jane@lumiere.example', 'sam@wrencos.test'],
        ['ops.impersonation.ended', 'jane@lumiere.example', 'sam@wrencos.test'],
      ]
    )
  })
})
