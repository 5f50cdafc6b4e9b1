import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import Invitation from '#kernel/identity/models/invitation'
import Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { linkFromQueuedMail } from '#tests/support/mailbox'

const SHOTS = 'tmp/screenshots'

test.group('Onboarding in a browser', () => {
  test('sign up, create a workspace, invite a teammate, sign out and in again', async ({
    visit,
    assert,
  }) => {
    using fake = mail.fake()
    const page = await visit('/')
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('link', { name: 'Start free' }).first().click()
    await page.waitForURL('**/signup')
    await page.locator('body[data-ready]').waitFor()

    await page.getByLabel('Your name').fill('Camille Durand')
    await page.getByLabel('Work email').fill('camille@example.com')
    await page.locator('input[name="password"]').fill('Roses-Are-Red-2026')
    await page.screenshot({ path: `${SHOTS}/signup.png` })
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.waitForURL('**/onboarding/workspace')

    await page.getByLabel('Business name').fill('Maison Camille')
    await page.assertInputValue('input[name="slug"]', 'maison-camille')
    await page.getByRole('img', { name: 'Available' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/onboarding.png`, fullPage: true })
    await page.getByRole('button', { name: 'Create workspace' }).click()
    await page.waitForURL('**/app/maison-camille')
    await page.assertTextContains('h1', 'Welcome, Camille')
    await page.assertTextContains('body', 'Getting started')
    await page.screenshot({ path: `${SHOTS}/dashboard.png`, fullPage: true })

    await page.goto(await linkFromQueuedMail(fake, '/verify-email/'))
    await page.getByText('Thank you, your email address is confirmed.').waitFor()

    await page.getByRole('link', { name: 'Team', exact: true }).click()
    await page.waitForURL('**/settings/team')
    await page.locator('input[name="email"]').fill('teammate@example.com')
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await page.getByText('Invitation sent to teammate@example.com.').waitFor()
    await page.getByRole('cell', { name: /teammate@example.com/ }).waitFor()
    await page.screenshot({ path: `${SHOTS}/team.png`, fullPage: true })
    const tenant = await Tenant.findByOrFail('slug', 'maison-camille')
    const invitations = await withTenant(tenant.id, async () => Invitation.all())
    assert.deepEqual(
      invitations.map((invitation) => invitation.email),
      ['teammate@example.com']
    )
    assert.lengthOf(fake.mails.queued(), 2)

    await page.getByRole('button', { name: 'Your account' }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL('**/login')
    await page.getByText('You are signed out.').waitFor()

    await page.locator('input[name="email"]').fill('camille@example.com')
    await page.locator('input[name="password"]').fill('Roses-Are-Red-2026')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/app/maison-camille')
    await page.assertTextContains('h1', 'Welcome, Camille')
  })
})
