import { test } from '@japa/runner'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import type { FakeStripeServer } from '#tests/support/fakes/stripe_server'
import Order from '#modules/storefront/models/order'
import OrderEvent from '#modules/storefront/models/order_event'
import PaymentEvent from '#modules/storefront/models/payment_event'
import { placeOrder } from '#modules/storefront/orders/place_order'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { readyCheckout, variantStock } from '#modules/storefront/tests/support/checkout_factories'
import {
  connectStripe,
  postWebhook,
  stripeFake,
} from '#modules/storefront/tests/support/stripe_factories'

/** A shop whose connected Stripe account can take payments. */
async function cardShop(fake: FakeStripeServer, slug: string) {
  const { tenant, owner } = await makeShop({ slug })
  const account = await connectStripe(fake, tenant)
  const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400, stock: 5 })
  return { tenant, owner, account, serum }
}

function paymentEventCount(tenant: Tenant) {
  return withTenant(tenant.id, async () => {
    const rows = await PaymentEvent.query().count('* as total')
    return Number(rows[0].$extras.total)
  })
}

async function stripeOrder(tenant: Tenant, variantId: string) {
  return withTenant(tenant.id, async () => {
    const checkout = await readyCheckout([{ variantId, quantity: 1 }], {
      paymentMethod: 'stripe',
    })
    return placeOrder({ checkoutId: checkout.id, source: 'web' })
  })
}

test.group('Storefront: Stripe payments', () => {
  test('Connect onboarding creates the shop account once and reads its state on return', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant, owner } = await makeShop({ slug: 'lumen' })
    const started = await client
      .get('/app/lumen/storefront/settings/payments/stripe')
      .loginAs(owner)
      .redirects(0)
    started.assertStatus(302)
    const settings = await withTenant(tenant.id, () => shopSettings())
    const accountId = settings.stripe!.accountId
    assert.equal(started.header('location'), `${fake.url}/connect/account_onboarding/${accountId}`)
    assert.isFalse(settings.stripe!.chargesEnabled)
    const created = fake.requestsTo('POST /v1/accounts')
    assert.lengthOf(created, 1)
    assert.equal(created[0].body.country, 'GB')
    const link = fake.requestsTo('POST /v1/account_links')[0].body
    assert.match(
      String(link.return_url),
      /\/app\/lumen\/storefront\/settings\/payments\/stripe\/return$/
    )

    const again = await client
      .get('/app/lumen/storefront/settings/payments/stripe/refresh')
      .loginAs(owner)
      .redirects(0)
    again.assertStatus(302)
    assert.lengthOf(fake.requestsTo('POST /v1/accounts'), 1, 'the same account is kept')

    fake.setAccountStatus(accountId, {
      charges_enabled: true,
      details_submitted: true,
      payouts_enabled: true,
    })
    const back = await client
      .get('/app/lumen/storefront/settings/payments/stripe/return')
      .loginAs(owner)
      .redirects(0)
    back.assertHeader('location', '/app/lumen/storefront/settings?tab=payments')
    assert.equal(
      back.flashMessages().success,
      'Stripe is connected: your shop accepts card payments.'
    )
    const after = await withTenant(tenant.id, () => shopSettings())
    assert.deepEqual(after.stripe, {
      accountId,
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
    })

    const agent = await addMember(tenant.id, 'agent')
    ;(
      await client.get('/app/lumen/storefront/settings/payments/stripe').loginAs(agent).redirects(0)
    ).assertStatus(403)
    const other = await makeShop({ slug: 'other' })
    ;(
      await client
        .get('/app/lumen/storefront/settings/payments/stripe')
        .loginAs(other.owner)
        .redirects(0)
    ).assertStatus(404)
    assert.lengthOf(fake.requestsTo('POST /v1/accounts'), 1)

    fake.failNext('POST /v1/account_links', 400)
    const refused = await client
      .get('/app/lumen/storefront/settings/payments/stripe')
      .loginAs(owner)
      .redirects(0)
    refused.assertHeader('location', '/app/lumen/storefront/settings?tab=payments')
    assert.match(String(refused.flashMessages().error), /^Stripe could not be reached/)
  })

  test('a card purchase on the connected account is paid once the signed webhook arrives; replays change nothing', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant, account, serum } = await cardShop(fake, 'lumen')
    const added = await client
      .post('/s/lumen/cart/items')
      .json({ variantId: serum.variants[0].id, quantity: 2 })
      .accept('json')
      .withCsrfToken()
    const cartId = added.cookie('cart')!.value
    const page = await client.get('/s/lumen/checkout').cookie('cart', cartId).withInertia()
    assert.equal(page.inertiaProps.quote.paymentOptions[0].method, 'stripe')

    const placed = await client
      .post('/s/lumen/checkout/place')
      .json({
        email: 'ada@example.com',
        customerName: 'Ada Lovelace',
        shippingAddress: { line1: '1 Bath St', city: 'Bath', postalCode: 'BA1 1AA', country: 'GB' },
        paymentMethod: 'stripe',
      })
      .cookie('cart', cartId)
      .withCsrfToken()
      .redirects(0)
    placed.assertStatus(302)
    const order = await withTenant(tenant.id, () => Order.query().firstOrFail())
    placed.assertHeader('location', `/s/lumen/orders/${order.id}/confirmation?pay=1`)
    const confirmation = await client
      .get(`/s/lumen/orders/${order.id}/confirmation?pay=1`)
      .withSession(placed.session())
      .withInertia()
    assert.isTrue(confirmation.inertiaProps.payNow)

    const pay = await client
      .post(`/s/lumen/orders/${order.id}/pay`)
      .withSession(placed.session())
      .withCsrfToken()
      .redirects(0)
    pay.assertStatus(302)
    const sessionId = (await withTenant(tenant.id, () => Order.findOrFail(order.id)))
      .stripeCheckoutSessionId!
    assert.equal(pay.header('location'), `${fake.url}/pay/${sessionId}`)
    const [created] = fake.requestsTo('POST /v1/checkout/sessions')
    assert.equal(created.headers.stripeAccount, account.id, 'created on the shop account')
    assert.deepInclude(created.body, { mode: 'payment', customer_email: 'ada@example.com' })
    const lineItems = created.body.line_items as Record<string, any>[]
    assert.equal(Number(lineItems[0].price_data.unit_amount), order.totalMinor)
    assert.equal(lineItems[0].price_data.currency, 'gbp')
    assert.equal(
      (await withTenant(tenant.id, () => Order.findOrFail(order.id))).paymentStatus,
      'unpaid'
    )

    const event = fake.completeCheckout(sessionId)
    assert.equal(event.account, account.id)
    const { body, headers } = fake.signedWebhook(event)
    const delivered = await postWebhook(body, headers)
    assert.equal(delivered.status, 200)
    assert.deepEqual(await delivered.json(), { received: true, outcome: 'applied' })

    const paid = await withTenant(tenant.id, () => Order.findOrFail(order.id))
    assert.equal(paid.status, 'paid')
    assert.equal(paid.paymentStatus, 'paid')
    assert.isNotNull(paid.stripePaymentIntentId)
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 3, reserved: 0 })
    const snapshot = JSON.stringify(paid.serialize())

    for (let replay = 0; replay < 5; replay++) {
      const again = fake.signedWebhook(event)
      const response = await postWebhook(again.body, again.headers)
      assert.equal(response.status, 200)
      assert.deepEqual(await response.json(), { received: true, outcome: 'duplicate' })
    }
    const after = await withTenant(tenant.id, () => Order.findOrFail(order.id))
    assert.equal(JSON.stringify(after.serialize()), snapshot)
    assert.equal(await paymentEventCount(tenant), 1)
    const paidEvents = await withTenant(tenant.id, () =>
      OrderEvent.query().where('order_id', order.id).where('kind', 'paid')
    )
    assert.lengthOf(paidEvents, 1)
    assert.equal(paidEvents[0].message, 'Paid by card through Stripe.')

    const payAgain = await client
      .post(`/s/lumen/orders/${order.id}/pay`)
      .withSession(placed.session())
      .withCsrfToken()
      .redirects(0)
    payAgain.assertStatus(302)
    assert.equal(payAgain.flashMessages().error, `Order #${order.number} does not need a payment.`)
  })

  test('a webhook with a bad signature is refused and stores nothing', async ({
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant, serum } = await cardShop(fake, 'lumen')
    const order = await stripeOrder(tenant, serum.variants[0].id)
    const sessionId = await withTenant(tenant.id, async () => {
      const { stripeCheckoutFor } = await import('#modules/storefront/payments/stripe_checkout')
      await stripeCheckoutFor(order, tenant, {
        successUrl: 'http://localhost/ok',
        cancelUrl: 'http://localhost/cancel',
      })
      return (await Order.findOrFail(order.id)).stripeCheckoutSessionId!
    })
    const event = fake.completeCheckout(sessionId)

    const wrongSecret = fake.signedWebhook(event, 'whsec_someone_else')
    assert.equal((await postWebhook(wrongSecret.body, wrongSecret.headers)).status, 400)
    const genuine = fake.signedWebhook(event)
    const tampered = genuine.body.replace('"paid"', '"unpaid"')
    assert.equal((await postWebhook(tampered, genuine.headers)).status, 400)
    const stale = fake.signedWebhook(
      event,
      fake.webhookSecret,
      Math.floor(Date.now() / 1000) - 3600
    )
    assert.equal((await postWebhook(stale.body, stale.headers)).status, 400)
    const unsigned = await postWebhook(genuine.body, { 'content-type': 'application/json' })
    assert.equal(unsigned.status, 400)
    assert.deepEqual(await unsigned.json(), {
      message: 'The signature of this event is not valid.',
    })

    assert.equal(await paymentEventCount(tenant), 0)
    const untouched = await withTenant(tenant.id, () => Order.findOrFail(order.id))
    assert.equal(untouched.paymentStatus, 'unpaid')
  })

  test("an event from shop A's account cannot change shop B's orders", async ({
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const a = await cardShop(fake, 'shop-a')
    const b = await cardShop(fake, 'shop-b')
    const bOrder = await stripeOrder(b.tenant, b.serum.variants[0].id)
    const bSession = await withTenant(b.tenant.id, async () => {
      const { stripeCheckoutFor } = await import('#modules/storefront/payments/stripe_checkout')
      await stripeCheckoutFor(bOrder, b.tenant, {
        successUrl: 'http://localhost/ok',
        cancelUrl: 'http://localhost/cancel',
      })
      return (await Order.findOrFail(bOrder.id)).stripeCheckoutSessionId!
    })
    const genuine = fake.completeCheckout(bSession)
    assert.equal(genuine.account, b.account.id)

    // The same payload, as if it came from A's connected account.
    const fromA = { ...genuine, id: `${genuine.id}_a`, account: a.account.id }
    const signed = fake.signedWebhook(fromA)
    const response = await postWebhook(signed.body, signed.headers)
    assert.equal(response.status, 200)
    assert.equal(
      (await withTenant(b.tenant.id, () => Order.findOrFail(bOrder.id))).paymentStatus,
      'unpaid'
    )
    assert.equal(await paymentEventCount(b.tenant), 0)

    const unknownAccount = fake.signedWebhook({
      ...genuine,
      id: 'evt_unknown',
      account: 'acct_nobody',
    })
    const ignored = await postWebhook(unknownAccount.body, unknownAccount.headers)
    assert.deepEqual(await ignored.json(), { received: true, outcome: 'ignored' })
    const platform = fake.signedWebhook({ ...genuine, id: 'evt_platform', account: undefined })
    const alsoIgnored = await postWebhook(platform.body, platform.headers)
    assert.deepEqual(await alsoIgnored.json(), { received: true, outcome: 'ignored' })
    assert.equal(
      (await withTenant(b.tenant.id, () => Order.findOrFail(bOrder.id))).paymentStatus,
      'unpaid'
    )

    const real = fake.signedWebhook(genuine)
    assert.equal((await postWebhook(real.body, real.headers)).status, 200)
    assert.equal(
      (await withTenant(b.tenant.id, () => Order.findOrFail(bOrder.id))).paymentStatus,
      'paid'
    )
    assert.equal(
      (await withTenant(a.tenant.id, () => Order.query().count('* as total')))[0].$extras.total,
      '0'
    )
  })

  test('a Checkout Session that expires unpaid cancels the order and restocks', async ({
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant, serum } = await cardShop(fake, 'lumen')
    const order = await stripeOrder(tenant, serum.variants[0].id)
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 4, reserved: 0 })
    const sessionId = await withTenant(tenant.id, async () => {
      const { stripeCheckoutFor } = await import('#modules/storefront/payments/stripe_checkout')
      await stripeCheckoutFor(order, tenant, {
        successUrl: 'http://localhost/ok',
        cancelUrl: 'http://localhost/cancel',
      })
      return (await Order.findOrFail(order.id)).stripeCheckoutSessionId!
    })
    const stripe = fake.client('sk_test_storefront_payments')
    const expired = await stripe.checkout.sessions.expire(
      sessionId,
      {},
      { stripeAccount: fake.store.ownerOf(sessionId) }
    )
    const event = fake.event('checkout.session.expired', expired)
    const signed = fake.signedWebhook(event)
    assert.equal((await postWebhook(signed.body, signed.headers)).status, 200)
    const cancelled = await withTenant(tenant.id, () => Order.findOrFail(order.id))
    assert.equal(cancelled.status, 'cancelled')
    assert.deepEqual(await variantStock(tenant, serum.variants[0].id), { onHand: 5, reserved: 0 })
  })

  test('when Stripe refuses to open the payment page, the buyer is told and nothing changes', async ({
    client,
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant, serum } = await cardShop(fake, 'lumen')
    const order = await stripeOrder(tenant, serum.variants[0].id)
    fake.failNext('POST /v1/checkout/sessions', 400)
    const response = await client
      .post(`/s/lumen/orders/${order.id}/pay`)
      .withSession({ storefront_orders: [order.id] })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal(
      response.flashMessages().error,
      'The card payment page could not be opened. Try again in a moment, or contact the shop.'
    )
    const unchanged = await withTenant(tenant.id, () => Order.findOrFail(order.id))
    assert.isNull(unchanged.stripeCheckoutSessionId)

    const retried = await client
      .post(`/s/lumen/orders/${order.id}/pay`)
      .withSession({ storefront_orders: [order.id] })
      .withCsrfToken()
      .redirects(0)
    assert.match(retried.header('location') ?? '', new RegExp(`^${fake.url}/pay/cs_test_`))
  })

  test('paying on an earlier payment page of the order still marks it paid', async ({
    assert,
    cleanup,
  }) => {
    const fake = await stripeFake(cleanup)
    const { tenant, serum } = await cardShop(fake, 'lumen')
    const order = await stripeOrder(tenant, serum.variants[0].id)
    const openPage = () =>
      withTenant(tenant.id, async () => {
        const { stripeCheckoutFor } = await import('#modules/storefront/payments/stripe_checkout')
        const current = await Order.findOrFail(order.id)
        await stripeCheckoutFor(current, tenant, {
          successUrl: 'http://localhost/ok',
          cancelUrl: 'http://localhost/cancel',
        })
        return (await Order.findOrFail(order.id)).stripeCheckoutSessionId!
      })
    const first = await openPage()
    const second = await openPage()
    assert.notEqual(first, second)

    const { body, headers } = fake.signedWebhook(fake.completeCheckout(first))
    assert.equal((await postWebhook(body, headers)).status, 200)
    const paid = await withTenant(tenant.id, () => Order.findOrFail(order.id))
    assert.equal(paid.paymentStatus, 'paid')
  })
})
