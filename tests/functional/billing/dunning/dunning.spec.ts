import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import timekeeper from 'timekeeper'
import { DateTime } from 'luxon'
import type { ApiClient } from '@japa/api-client'
import Tenant from '#kernel/tenancy/models/tenant'
import type User from '#kernel/identity/models/user'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import AuditEvent from '#kernel/audit/audit_event'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runBillingSchedule } from '#kernel/billing/dunning/run_billing_schedule'
import { RESTRICTED_MESSAGE } from '#kernel/billing/dunning/billing_restriction'
import { PaymentFailedMail, TrialEndingMail } from '#kernel/billing/dunning/mails/billing_mails'
import { addMember, makeWorkspace } from '#tests/support/factories'
import {
  billingStripe,
  deliver,
  makePlans,
  subscriptionOf,
} from '#tests/functional/billing/webhooks/stripe_billing_support'
import { subscribeThroughCheckout } from '#tests/functional/billing/webhooks/checkout_flow'

function renameWorkspace(client: ApiClient, slug: string, owner: User, name: string) {
  return client
    .put(`/app/${slug}/settings/profile`)
    .loginAs(owner)
    .form({
      business_name: name,
      slug,
      country: 'GB',
      currency: 'GBP',
      timezone: 'Europe/London',
      locale: 'en',
    })
    .withCsrfToken()
    .redirects(0)
}

/** The plain-text part of a queued email, rendered as it would be sent. */
async function mailText(queued: {
  message: { computeContents(): Promise<unknown>; toJSON(): any }
}) {
  await queued.message.computeContents()
  return String(queued.message.toJSON().message.text)
}

function platformSetting(key: string, value: unknown) {
  return db.table('platform_settings').insert({ key, value: JSON.stringify(value) })
}

async function bannerOf(client: ApiClient, slug: string, user: User) {
  const page = await client.get(`/app/${slug}/settings/profile`).loginAs(user).withInertia()
  page.assertStatus(200)
  return (page.inertiaProps as any).shell.billing
}

test.group('Billing: dunning', (group) => {
  group.each.teardown(() => timekeeper.reset())

  test('payment failed → grace → restricted → invoice.paid restores everything', async ({
    client,
    assert,
    cleanup,
  }) => {
    using mails = mail.fake()
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'dunning-shop' })
    const coOwner = await addMember(tenant.id, 'owner')
    const { subscriptionId } = await subscribeThroughCheckout(client, fake, tenant, owner, growth)

    fake.advanceSubscriptionPeriod(subscriptionId)
    await deliver(fake, fake.invoiceEvent(subscriptionId, 'invoice.payment_failed'))
    const pastDue = await subscriptionOf(tenant.id)
    assert.equal(pastDue.status, 'past_due')
    assert.isNotNull(pastDue.pastDueSince)
    assert.isNull(pastDue.restrictedAt)
    mails.mails.assertQueuedCount(PaymentFailedMail, 2)
    mails.mails.assertQueued(PaymentFailedMail, ({ message }) => message.hasTo(owner.email))
    mails.mails.assertQueued(PaymentFailedMail, ({ message }) => message.hasTo(coOwner.email))
    const failedText = await mailText(mails.mails.queued()[0])
    assert.include(failedText, '€79.00')
    assert.include(failedText, `${env.get('APP_URL')}/app/dunning-shop/settings/billing`)
    assert.include(
      failedText,
      `Everything keeps working until ${pastDue.pastDueSince!.plus({ days: 7 }).toFormat('d LLLL yyyy')}`
    )
    const banner = await bannerOf(client, 'dunning-shop', owner)
    assert.equal(banner.kind, 'past_due')
    assert.equal(
      DateTime.fromISO(banner.restrictsOn).toMillis(),
      pastDue.pastDueSince!.plus({ days: 7 }).toMillis()
    )

    // Within the grace period everything works.
    assert.deepInclude(await runBillingSchedule(), { restricted: 0 })
    const duringGrace = await renameWorkspace(client, 'dunning-shop', owner, 'Still Open')
    duringGrace.assertHeader('location', '/app/dunning-shop/settings/profile')

    timekeeper.travel(DateTime.now().plus({ days: 7, minutes: 5 }).toJSDate())
    assert.deepInclude(await runBillingSchedule(), { restricted: 1 })
    assert.deepInclude(await runBillingSchedule(), { restricted: 0 })
    const restricted = await subscriptionOf(tenant.id)
    assert.isNotNull(restricted.restrictedAt)
    const audit = await withTenant(tenant.id, () =>
      AuditEvent.query().where('action', 'billing.workspace.restricted')
    )
    assert.lengthOf(audit, 1)

    // Back-office writes are refused, pages open with the banner, Billing still works.
    const refused = await renameWorkspace(client, 'dunning-shop', owner, 'Renamed While Unpaid')
    refused.assertStatus(302)
    refused.assertHeader('location', '/app/dunning-shop/settings/billing')
    refused.assertFlashMessage('error', RESTRICTED_MESSAGE)
    const json = await client
      .put('/app/dunning-shop/settings/profile')
      .json({ business_name: 'Nope' })
      .accept('json')
      .withCsrfToken()
      .loginAs(owner)
    json.assertStatus(402)
    assert.match(json.body().message, /read-only/)
    assert.equal((await Tenant.findOrFail(tenant.id)).name, 'Still Open')
    assert.equal((await bannerOf(client, 'dunning-shop', owner)).kind, 'restricted')
    const billingPage = await client.get('/app/dunning-shop/settings/billing').loginAs(owner)
    billingPage.assertStatus(200)
    const portal = await client
      .post('/app/dunning-shop/settings/billing/portal')
      .withCsrfToken()
      .loginAs(owner)
      .redirects(0)
    portal.assertStatus(302)
    assert.match(portal.header('location') ?? '', /\/billing_portal\//)

    // The storefront keeps selling by default, or shows a maintenance page.
    const shop = await client.get('/s/dunning-shop')
    shop.assertStatus(200)
    await platformSetting('billing.restricted_storefront', 'maintenance')
    const closed = await client.get('/s/dunning-shop')
    closed.assertStatus(503)
    assert.include(closed.text(), 'temporarily closed')

    await deliver(fake, fake.invoiceEvent(subscriptionId, 'invoice.paid'))
    const restored = await subscriptionOf(tenant.id)
    assert.equal(restored.status, 'active')
    assert.isNull(restored.pastDueSince)
    assert.isNull(restored.restrictedAt)
    const renamed = await renameWorkspace(client, 'dunning-shop', owner, 'Paid Again')
    renamed.assertHeader('location', '/app/dunning-shop/settings/profile')
    assert.equal((await Tenant.findOrFail(tenant.id)).name, 'Paid Again')
    const reopened = await client.get('/s/dunning-shop')
    reopened.assertStatus(200)
    assert.isNull(await bannerOf(client, 'dunning-shop', owner))
    const stillThere = await withTenant(tenant.id, () =>
      AuditEvent.query().where('action', 'workspace.created')
    )
    assert.lengthOf(stillThere, 1, 'nothing was deleted')
  })

  test('the grace period is the operator setting', async ({ client, assert, cleanup }) => {
    using mails = mail.fake()
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    await platformSetting('billing.grace_days', 2)
    const { tenant, owner } = await makeWorkspace({ slug: 'short-grace' })
    const { subscriptionId } = await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    fake.advanceSubscriptionPeriod(subscriptionId)
    await deliver(fake, fake.invoiceEvent(subscriptionId, 'invoice.payment_failed'))

    mails.mails.assertQueuedCount(PaymentFailedMail, 1)
    timekeeper.travel(DateTime.now().plus({ days: 1, hours: 23 }).toJSDate())
    assert.deepInclude(await runBillingSchedule(), { restricted: 0 })
    timekeeper.travel(DateTime.now().plus({ hours: 2 }).toJSDate())
    assert.deepInclude(await runBillingSchedule(), { restricted: 1 })
  })

  test('trial reminders go out 7 days and 1 day before the end, once each', async ({
    client,
    assert,
  }) => {
    using mails = mail.fake()
    await makePlans(null)
    const { tenant, owner } = await makeWorkspace({ slug: 'reminder-shop' })
    const trialEndsAt = (await subscriptionOf(tenant.id)).trialEndsAt!
    const at = (days: number) =>
      timekeeper.travel(trialEndsAt.minus({ days }).plus({ minutes: 30 }).toJSDate())

    assert.deepInclude(await runBillingSchedule(), { reminders: 0 })
    at(8)
    assert.deepInclude(await runBillingSchedule(), { reminders: 0 })
    at(7)
    assert.deepInclude(await runBillingSchedule(), { reminders: 1 })
    assert.deepInclude(await runBillingSchedule(), { reminders: 0 })
    at(3)
    assert.deepInclude(await runBillingSchedule(), { reminders: 0 })
    at(1)
    assert.deepInclude(await runBillingSchedule(), { reminders: 1 })
    assert.deepInclude(await runBillingSchedule(), { reminders: 0 })

    mails.mails.assertQueuedCount(TrialEndingMail, 2)
    mails.mails.assertQueued(
      TrialEndingMail,
      ({ message }) =>
        message.hasTo(owner.email) && message.hasSubject(`Your ${tenant.name} trial ends in 7 days`)
    )
    mails.mails.assertQueued(TrialEndingMail, ({ message }) =>
      message.hasSubject(`Your ${tenant.name} trial ends tomorrow`)
    )
    const reminderText = await mailText(mails.mails.queued()[1])
    assert.include(
      reminderText,
      `Your free trial of the Starter plan ends on ${trialEndsAt.toFormat('d LLLL yyyy')}`
    )
    assert.include(reminderText, `${env.get('APP_URL')}/app/reminder-shop/settings/billing`)

    // The trial ends without a plan chosen: the grace period starts.
    timekeeper.travel(trialEndsAt.plus({ minutes: 1 }).toJSDate())
    assert.deepInclude(await runBillingSchedule(), { trialsEnded: 1, reminders: 0 })
    const ended = await subscriptionOf(tenant.id)
    assert.equal(ended.status, 'past_due')
    assert.equal(ended.pastDueSince!.toMillis(), trialEndsAt.toMillis())
    assert.deepInclude(await bannerOf(client, 'reminder-shop', owner), {
      kind: 'past_due',
      reason: 'trial_ended',
    })
  })

  test('an ended subscription gets the grace period, then a new checkout restores the workspace', async ({
    client,
    assert,
    cleanup,
  }) => {
    using mails = mail.fake()
    const fake = await billingStripe(cleanup)
    const { growth } = await makePlans(fake)
    const { tenant, owner } = await makeWorkspace({ slug: 'ended-shop' })
    const { subscriptionId } = await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    await deliver(fake, fake.subscriptionEvent(subscriptionId, 'customer.subscription.deleted'))
    const ended = await subscriptionOf(tenant.id)
    assert.equal(ended.status, 'canceled')
    assert.isNotNull(ended.pastDueSince)
    const banner = await bannerOf(client, 'ended-shop', owner)
    assert.deepInclude(banner, { kind: 'past_due', reason: 'canceled' })

    timekeeper.travel(DateTime.now().plus({ days: 8 }).toJSDate())
    assert.deepInclude(await runBillingSchedule(), { restricted: 1 })
    const refused = await renameWorkspace(client, 'ended-shop', owner, 'Closed')
    refused.assertHeader('location', '/app/ended-shop/settings/billing')

    const again = await subscribeThroughCheckout(client, fake, tenant, owner, growth)
    assert.notEqual(again.subscriptionId, subscriptionId)
    const restored = await subscriptionOf(tenant.id)
    assert.equal(restored.status, 'active')
    assert.equal(restored.stripeSubscriptionId, again.subscriptionId)
    assert.isNull(restored.restrictedAt)
    assert.isNull(restored.pastDueSince)
    mails.mails.assertNotQueued(PaymentFailedMail)
  })
})
