import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type { Page } from 'playwright'
import Subscription from '#kernel/billing/models/subscription'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeWorkspace } from '#tests/support/factories'
import {
  billingStripe,
  deliver,
  lastCheckoutSession,
  makePlans,
  subscriptionOf,
} from '#tests/functional/billing/webhooks/stripe_billing_support'

const SHOTS = 'tmp/screenshots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Billing page in a browser', () => {
  test('a trial shows its days left and usage; subscribing through Checkout, cancelling and resuming', async ({
    visit,
    assert,
    cleanup,
  }) => {
    const fake = await billingStripe(cleanup)
    await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'maison-rose', name: 'Maison Rose' })
    await withTenant(tenant.id, async () => {
      const row = await Subscription.firstOrFail()
      row.trialEndsAt = DateTime.now().plus({ days: 5, hours: 1 })
      row.currentPeriodEnd = row.trialEndsAt
      await row.save()
    })

    const page = await visit('/app/maison-rose')
    await page.getByText('Sign in to continue.').waitFor()
    await signIn(page, owner.email)
    await page.waitForURL((url) => url.pathname === '/app/maison-rose')
    await page.locator('body[data-ready]').waitFor()
    const trialBanner = page.locator('[data-billing-banner="trial"]')
    await trialBanner.getByText('ends in 6 days').waitFor()
    await trialBanner.getByRole('link', { name: 'Go to Billing' }).click()
    await page.waitForURL((url) => url.pathname === '/app/maison-rose/settings/billing')
    assert.equal(await page.locator('[data-billing-banner]').count(), 0)
    await page.locator('[data-section="current-plan"]').getByText('Free trial').waitFor()
    await page.locator('[data-trial-days-left="6"]').waitFor()
    await page.locator('[data-usage="products"]').getByText('/ 100').waitFor()
    await page.getByText('No invoices yet.').waitFor()
    await page.screenshot({ path: `${SHOTS}/billing_trial.png`, fullPage: true })

    await page.locator('label', { hasText: 'Yearly' }).click()
    await page.locator('[data-plan="Growth"]').getByText('/ year').waitFor()
    await page.locator('label', { hasText: 'Monthly' }).click()
    await page.getByRole('button', { name: 'Subscribe to Growth' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/pay/'))
    const session = lastCheckoutSession(fake)
    assert.equal(new URL(page.url()).pathname, `/pay/${session.id}`)

    await deliver(fake, fake.completeCheckout(session.id))
    await page.goto(String(session.success_url))
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('Thank you: your payment went through.').waitFor()
    await page.locator('[data-section="current-plan"]').getByText('Active').waitFor()
    await page.locator('[data-section="invoices"]').getByText('€79.00').waitFor()
    assert.equal(await page.locator('[data-billing-banner]').count(), 0)
    await page.screenshot({ path: `${SHOTS}/billing_active.png`, fullPage: true })

    await page.getByRole('button', { name: 'Cancel subscription' }).click()
    await page
      .getByRole('dialog', { name: 'Cancel the subscription?' })
      .getByRole('button', { name: 'Cancel at period end' })
      .click()
    await page
      .getByText(/The subscription ends on/)
      .first()
      .waitFor()
    await page.getByRole('button', { name: 'Resume subscription' }).waitFor()
    assert.isTrue((await subscriptionOf(tenant.id)).cancelAtPeriodEnd)
    await page.screenshot({ path: `${SHOTS}/billing_canceling.png`, fullPage: true })

    await page.getByRole('button', { name: 'Resume subscription' }).click()
    await page.getByText('The subscription continues.').waitFor()
    assert.isFalse((await subscriptionOf(tenant.id)).cancelAtPeriodEnd)
  })

  test('a restricted workspace shows the banner and refuses changes outside Billing', async ({
    visit,
    assert,
  }) => {
    await makePlans(null)
    const { tenant, owner } = await makeWorkspace({ slug: 'atelier-nord', name: 'Atelier Nord' })
    await withTenant(tenant.id, async () => {
      const row = await Subscription.firstOrFail()
      row.merge({
        status: 'past_due',
        pastDueSince: DateTime.now().minus({ days: 9 }),
        restrictedAt: DateTime.now().minus({ days: 2 }),
      })
      await row.save()
    })

    const page = await visit('/app/atelier-nord/settings/profile')
    await signIn(page, owner.email)
    await page.waitForURL((url) => url.pathname === '/app/atelier-nord/settings/profile')
    await page.locator('body[data-ready]').waitFor()
    await page.locator('[data-billing-banner="restricted"]').waitFor()
    await page.getByLabel('Business name').fill('Atelier Sud')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL((url) => url.pathname === '/app/atelier-nord/settings/billing')
    await page
      .getByText(/read-only until its subscription is paid/)
      .first()
      .waitFor()
    await page.getByText('Workspace restricted').waitFor()
    await page.screenshot({ path: `${SHOTS}/billing_restricted.png`, fullPage: true })
    await tenant.refresh()
    assert.equal(tenant.name, 'Atelier Nord')
  })
})
