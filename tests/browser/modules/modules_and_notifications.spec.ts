import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import TenantModule from '#kernel/modules/tenant_module'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeWorkspace } from '#tests/support/factories'

const SHOTS = 'tmp/screenshots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Modules and notifications in a browser', () => {
  test('switch a module on with its dependency, off, and schedule the deletion of its data', async ({
    visit,
    assert,
  }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'atelier', name: 'Atelier Rose' })
    const page = await visit('/app/atelier/settings/modules')
    await page.getByText('Sign in to continue.').waitFor()
    await signIn(page, owner.email)
    await page.waitForURL((url) => url.pathname === '/app/atelier/settings/modules')
    await page.locator('body[data-ready]').waitFor()

    const beta = page.locator('[data-module="beta"]')
    await beta.getByRole('button', { name: 'Switch on' }).click()
    const dialog = page.getByRole('dialog', { name: 'Switch on Beta?' })
    await dialog.getByText('Alpha').waitFor()
    await dialog.getByRole('button', { name: 'Switch on 2 modules' }).click()
    await page.getByText('Alpha, Beta and Gamma bridge are now on.').waitFor()
    await page.getByRole('link', { name: 'Alpha notes' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/modules.png`, fullPage: true })

    await page
      .locator('[data-module="alpha"]')
      .getByRole('button', { name: 'Switch off' })
      .isDisabled()
      .then((disabled) => assert.isTrue(disabled, 'Alpha cannot go while Beta needs it'))

    await beta.getByRole('button', { name: 'Switch off' }).click()
    await page
      .getByRole('dialog', { name: 'Switch off Beta?' })
      .getByRole('button', { name: 'Switch off' })
      .click()
    await page.getByText(/Gamma bridge and Beta switched off/).waitFor()

    await beta.getByRole('button', { name: 'Delete data…' }).click()
    const purge = page.getByRole('dialog', { name: 'Delete the data of Beta?' })
    const confirm = purge.getByRole('button', { name: 'Schedule deletion' })
    assert.isTrue(await confirm.isDisabled())
    await purge.getByLabel('Type "beta" to confirm').fill('beta')
    await confirm.click()
    await page.getByText(/The data of Beta will be deleted on/).waitFor()
    await beta.getByText('Deletion scheduled').waitFor()
    await page.screenshot({ path: `${SHOTS}/modules_purge.png`, fullPage: true })

    await withTenant(tenant.id, async () => {
      assert.deepEqual([...(await enabledModuleKeys())], ['alpha'])
      const row = await TenantModule.findByOrFail('module_key', 'beta')
      assert.isNotNull(row.purgeAfter)
    })
  })

  test('a notification arrives live on the bell and opens its page', async ({ visit, assert }) => {
    const { tenant, owner } = await makeWorkspace({ slug: 'bell', name: 'Bell Beauty' })
    const page = await visit('/login')
    await signIn(page, owner.email)
    await page.waitForURL('**/app/bell')
    await page.locator('body[data-ready]').waitFor()
    const bell = page.getByRole('button', { name: /^Notifications/ })
    assert.equal(await bell.getAttribute('aria-label'), 'Notifications')

    // The page subscribes once it is interactive; give the subscription a moment.
    await page.waitForTimeout(500)
    await withTenant(tenant.id, () =>
      notifyStaff({
        kind: 'workspace.member_joined',
        title: 'Noor joined the team',
        body: 'Noor (noor@example.com) joined Bell Beauty as agent.',
        url: '/app/bell/settings/team',
      })
    )
    await page.getByRole('button', { name: 'Notifications, 1 unread' }).waitFor()
    await page.getByRole('alert').getByText('Noor joined the team').first().waitFor()

    await bell.click()
    await page.getByRole('dialog').getByText('Noor joined the team').click()
    await page.waitForURL('**/app/bell/settings/team')
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor()
    await page.screenshot({ path: `${SHOTS}/notifications_team.png` })

    await page.goto('/app/bell/notifications')
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('You are all caught up.').waitFor()
    await page.screenshot({ path: `${SHOTS}/notifications.png`, fullPage: true })
  })
})
