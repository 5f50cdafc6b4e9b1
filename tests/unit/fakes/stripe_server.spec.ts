import { createHmac } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test } from '@japa/runner'
import Stripe from 'stripe'
import { startStripeServer, type FakeStripeServer } from '#tests/support/fakes/stripe_server'

async function rejection(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('Expected the call to fail')
}

async function monthlyPrice(stripe: Stripe, unitAmount = 1900, options?: Stripe.RequestOptions) {
  const product = await stripe.products.create({ name: 'Pro plan' }, options)
  return stripe.prices.create(
    {
      product: product.id,
      unit_amount: unitAmount,
      currency: 'eur',
      recurring: { interval: 'month' },
    },
    options
  )
}

async function subscribedCustomer(fake: FakeStripeServer, stripe: Stripe, price: Stripe.Price) {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: price.id, quantity: 1 }],
    customer_email: 'owner@example.com',
    success_url: 'https://app.test/done',
  })
  const completed = fake.completeCheckout(session.id).data.object
  return stripe.subscriptions.retrieve(completed.subscription!)
}

test.group('Fake Stripe server', (group) => {
  let fake: FakeStripeServer
  let stripe: Stripe

  group.each.setup(async () => {
    fake = await startStripeServer()
    stripe = fake.client()
    return () => fake.close()
  })

  test('creates products and prices the SDK reads back', async ({ assert }) => {
    const product = await stripe.products.create({
      name: 'Pro plan',
      metadata: { tenant_id: 't_1' },
    })
    const price = await stripe.prices.create({
      product: product.id,
      unit_amount: 1900,
      currency: 'eur',
      recurring: { interval: 'month' },
      lookup_key: 'pro_monthly',
    })

    assert.match(product.id, /^prod_/)
    assert.deepEqual(product.metadata, { tenant_id: 't_1' })
    assert.match(price.id, /^price_/)
    const found = await stripe.prices.list({
      lookup_keys: ['pro_monthly'],
      expand: ['data.product'],
    })
    assert.lengthOf(found.data, 1)
    assert.equal(found.data[0].unit_amount, 1900)
    assert.equal(found.data[0].recurring?.interval, 'month')
    assert.equal((found.data[0].product as Stripe.Product).name, 'Pro plan')

    const archived = await stripe.prices.update(price.id, { active: false })
    assert.isFalse(archived.active)
    assert.isFalse((await stripe.prices.retrieve(price.id)).active)
  })

  test('a completed subscription checkout arrives as a verifiable webhook', async ({ assert }) => {
    const price = await monthlyPrice(stripe)
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: price.id, quantity: 2 }],
      customer_email: 'owner@example.com',
      client_reference_id: 'tenant_42',
      success_url: 'https://app.test/billing/success?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://app.test/billing',
      metadata: { tenant_id: '42' },
      subscription_data: { metadata: { tenant_id: '42' } },
    })
    assert.equal(session.url, `${fake.url}/pay/${session.id}`)
    assert.equal(session.status, 'open')
    assert.equal(session.payment_status, 'unpaid')
    assert.equal(session.amount_total, 3800)

    const event = fake.completeCheckout(session.id)
    const webhook = fake.signedWebhook(event)
    const received = stripe.webhooks.constructEvent(
      webhook.body,
      webhook.headers['stripe-signature'],
      fake.webhookSecret
    )

    assert.equal(received.type, 'checkout.session.completed')
    const completed = received.data.object as Stripe.Checkout.Session
    assert.equal(completed.status, 'complete')
    assert.equal(completed.client_reference_id, 'tenant_42')
    const subscription = await stripe.subscriptions.retrieve(completed.subscription as string)
    assert.equal(subscription.status, 'active')
    assert.equal(subscription.customer, completed.customer)
    assert.equal(subscription.items.data[0].price.id, price.id)
    assert.equal(subscription.items.data[0].quantity, 2)
    assert.isAbove(
      subscription.items.data[0].current_period_end,
      subscription.items.data[0].current_period_start
    )
    assert.deepEqual(subscription.metadata, { tenant_id: '42' })
    const invoices = await stripe.invoices.list({ customer: subscription.customer as string })
    assert.lengthOf(invoices.data, 1)
    assert.equal(invoices.data[0].status, 'paid')
    assert.equal(invoices.data[0].amount_paid, 3800)
  })

  test('a webhook with a tampered body or the wrong secret is rejected', async ({ assert }) => {
    const price = await monthlyPrice(stripe)
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: 'https://app.test/done',
    })
    const webhook = fake.signedWebhook(fake.completeCheckout(session.id))
    const signature = webhook.headers['stripe-signature']

    const tampered = webhook.body.replace('"amount_total": 1900', '"amount_total": 1')
    assert.notEqual(tampered, webhook.body)
    assert.throws(
      () => stripe.webhooks.constructEvent(tampered, signature, fake.webhookSecret),
      /No signatures found matching the expected signature/
    )
    assert.throws(() => stripe.webhooks.constructEvent(webhook.body, signature, 'whsec_other'))
  })

  test('a repeated Idempotency-Key replays the first answer without a second effect', async ({
    assert,
  }) => {
    const first = await stripe.customers.create(
      { email: 'once@example.com' },
      { idempotencyKey: 'signup-1' }
    )
    const second = await stripe.customers.create(
      { email: 'once@example.com' },
      { idempotencyKey: 'signup-1' }
    )

    assert.equal(second.id, first.id)
    assert.equal(fake.store.customers.size, 1)
    assert.deepEqual(
      fake.requestsTo('POST /v1/customers').map((request) => request.replayed),
      [false, true]
    )
    const reused = await rejection(
      stripe.customers.create({ email: 'other@example.com' }, { idempotencyKey: 'signup-1' })
    )
    assert.instanceOf(reused, Stripe.errors.StripeIdempotencyError)
    assert.equal(fake.store.customers.size, 1)
  })

  test('a refund larger than what remains refundable is a StripeInvalidRequestError', async ({
    assert,
  }) => {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        {
          price_data: { currency: 'usd', unit_amount: 5000, product_data: { name: 'Seat' } },
          quantity: 1,
        },
      ],
      payment_intent_data: { metadata: { order_id: 'o_1' } },
      success_url: 'https://app.test/done',
    })
    const completed = fake.completeCheckout(session.id).data.object
    const paymentIntent = await stripe.paymentIntents.retrieve(completed.payment_intent!)
    assert.equal(paymentIntent.status, 'succeeded')
    assert.equal(paymentIntent.amount, 5000)
    assert.deepEqual(paymentIntent.metadata, { order_id: 'o_1' })

    const partial = await stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 3000 })
    assert.match(partial.id, /^re_/)
    const tooLarge = await rejection(
      stripe.refunds.create({ payment_intent: paymentIntent.id, amount: 2500 })
    )

    assert.instanceOf(tooLarge, Stripe.errors.StripeInvalidRequestError)
    assert.equal((tooLarge as Stripe.errors.StripeError).statusCode, 400)
    assert.equal((tooLarge as Stripe.errors.StripeError).code, 'amount_too_large')
    assert.equal((tooLarge as Stripe.errors.StripeError).param, 'amount')
    const rest = await stripe.refunds.create({ payment_intent: paymentIntent.id })
    assert.equal(rest.amount, 2000)
  })

  test('calls on a connected account carry and honour the Stripe-Account header', async ({
    assert,
  }) => {
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'FR',
      email: 'shop@example.com',
    })
    assert.isFalse(account.charges_enabled)
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://app.test/connect/refresh',
      return_url: 'https://app.test/connect/return',
    })
    assert.equal(link.object, 'account_link')
    assert.isTrue(link.url.startsWith(fake.url))

    const onAccount = { stripeAccount: account.id }
    const price = await monthlyPrice(stripe, 900, onAccount)
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        line_items: [{ price: price.id, quantity: 1 }],
        success_url: 'https://app.test/done',
      },
      onAccount
    )

    const created = fake.requestsTo('POST /v1/checkout/sessions')
    assert.equal(created[0].headers.stripeAccount, account.id)
    assert.match(created[0].headers.idempotencyKey ?? '', /.+/)
    const fromPlatform = await rejection(stripe.checkout.sessions.retrieve(session.id))
    assert.equal((fromPlatform as Stripe.errors.StripeError).statusCode, 404)
    assert.equal(fake.completeCheckout(session.id).account, account.id)

    fake.setAccountStatus(account.id, { charges_enabled: true, details_submitted: true })
    assert.isTrue((await stripe.accounts.retrieve(account.id)).charges_enabled)
  })

  test('renewals, failed payments and cancellation follow the subscription', async ({ assert }) => {
    const price = await monthlyPrice(stripe)
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: 'https://app.test/done',
    })
    const subscriptionId = fake.completeCheckout(session.id).data.object.subscription!
    const before = await stripe.subscriptions.retrieve(subscriptionId)

    const renewed = fake.advanceSubscriptionPeriod(subscriptionId)
    assert.equal(renewed.type, 'customer.subscription.updated')
    assert.equal(renewed.data.object.current_period_start, before.items.data[0].current_period_end)
    const failed = fake.invoiceEvent(subscriptionId, 'invoice.payment_failed')
    assert.equal(failed.data.object.billing_reason, 'subscription_cycle')
    assert.equal((await stripe.subscriptions.retrieve(subscriptionId)).status, 'past_due')
    const paid = fake.invoiceEvent(subscriptionId, 'invoice.paid')
    assert.equal(paid.data.object.id, failed.data.object.id)
    assert.equal((await stripe.subscriptions.retrieve(subscriptionId)).status, 'active')

    const scheduled = await stripe.subscriptions.update(subscriptionId, {
      cancel_at_period_end: true,
    })
    assert.isTrue(scheduled.cancel_at_period_end)
    assert.equal(
      fake.advanceSubscriptionPeriod(subscriptionId).type,
      'customer.subscription.deleted'
    )
    assert.equal((await stripe.subscriptions.retrieve(subscriptionId)).status, 'canceled')
  })

  test('failNext makes exactly one call fail, and unknown routes are Stripe 404s', async ({
    assert,
  }) => {
    fake.failNext('POST /v1/customers', 402, { code: 'card_declined', message: 'Declined' })

    const declined = await rejection(stripe.customers.create({ email: 'a@example.com' }))
    assert.instanceOf(declined, Stripe.errors.StripeCardError)
    assert.equal(fake.store.customers.size, 0)
    await stripe.customers.create({ email: 'a@example.com' })
    assert.equal(fake.store.customers.size, 1)
    const unknown = await rejection(stripe.rawRequest('GET', '/v1/nothing_here'))
    assert.equal((unknown as Stripe.errors.StripeError).statusCode, 404)
  })

  test('customers are created, updated, found by email, and unknown ids are 404s', async ({
    assert,
  }) => {
    const created = await stripe.customers.create({
      email: 'ada@example.com',
      name: 'Ada',
      metadata: { tenant_id: 't_1', plan: 'free' },
    })
    assert.match(created.id, /^cus_/)

    const updated = await stripe.customers.update(created.id, {
      name: 'Ada Lovelace',
      metadata: { plan: '' },
    })
    assert.equal(updated.name, 'Ada Lovelace')
    assert.deepEqual(updated.metadata, { tenant_id: 't_1' })
    assert.equal((await stripe.customers.retrieve(created.id)).id, created.id)
    await stripe.customers.create({ email: 'other@example.com' })
    const found = await stripe.customers.list({ email: 'ada@example.com' })
    assert.deepEqual(
      found.data.map((customer) => customer.id),
      [created.id]
    )

    const missing = await rejection(stripe.customers.retrieve('cus_missing'))
    assert.instanceOf(missing, Stripe.errors.StripeInvalidRequestError)
    assert.equal((missing as Stripe.errors.StripeError).statusCode, 404)
    assert.equal((missing as Stripe.errors.StripeError).code, 'resource_missing')
    assert.equal((missing as Stripe.errors.StripeError).message, "No such customer: 'cus_missing'")
    const unknownParam = await rejection(
      stripe.customers.create({ colour: 'blue' } as Stripe.CustomerCreateParams)
    )
    assert.equal((unknownParam as Stripe.errors.StripeError).code, 'parameter_unknown')
    assert.equal((unknownParam as Stripe.errors.StripeError).param, 'colour')
  })

  test('lists page with limit and starting_after, newest first', async ({ assert }) => {
    const names = ['Starter', 'Team', 'Business']
    for (const name of names) {
      await stripe.products.create({ name })
    }

    const first = await stripe.products.list({ limit: 2 })
    assert.equal(first.object, 'list')
    assert.equal(first.url, '/v1/products')
    assert.isTrue(first.has_more)
    assert.deepEqual(
      first.data.map((product) => product.name),
      ['Business', 'Team']
    )
    const second = await stripe.products.list({ limit: 2, starting_after: first.data[1].id })
    assert.isFalse(second.has_more)
    assert.deepEqual(
      second.data.map((product) => product.name),
      ['Starter']
    )
    const all = await stripe.products.list({ limit: 1 }).autoPagingToArray({ limit: 10 })
    assert.lengthOf(all, 3)
    const retrieved = await stripe.products.retrieve(first.data[0].id)
    assert.equal(retrieved.name, 'Business')
  })

  test('payment intents are confirmed, and test cards decline with a StripeCardError', async ({
    assert,
  }) => {
    const customer = await stripe.customers.create({ email: 'buyer@example.com' })
    const created = await stripe.paymentIntents.create({
      amount: 2500,
      currency: 'eur',
      customer: customer.id,
      metadata: { order_id: 'o_9' },
    })
    assert.match(created.id, /^pi_/)
    assert.equal(created.status, 'requires_payment_method')
    assert.match(created.client_secret ?? '', new RegExp(`^${created.id}_secret_`))

    const confirmed = await stripe.paymentIntents.confirm(created.id, {
      payment_method: 'pm_card_visa',
    })
    assert.equal(confirmed.status, 'succeeded')
    assert.equal(confirmed.amount_received, 2500)
    assert.match(confirmed.latest_charge as string, /^ch_/)
    assert.equal((await stripe.paymentIntents.retrieve(created.id)).status, 'succeeded')
    const again = await rejection(stripe.paymentIntents.confirm(created.id))
    assert.equal((again as Stripe.errors.StripeError).code, 'payment_intent_unexpected_state')

    const declined = await rejection(
      stripe.paymentIntents.create({
        amount: 2500,
        currency: 'eur',
        payment_method: 'pm_card_chargeDeclinedInsufficientFunds',
        confirm: true,
      })
    )
    assert.instanceOf(declined, Stripe.errors.StripeCardError)
    const cardError = declined as Stripe.errors.StripeCardError
    assert.equal(cardError.statusCode, 402)
    assert.equal(cardError.code, 'card_declined')
    assert.equal(cardError.decline_code, 'insufficient_funds')
    const failedIntent = await stripe.paymentIntents.retrieve(cardError.payment_intent!.id)
    assert.equal(failedIntent.status, 'requires_payment_method')
    assert.equal(failedIntent.last_payment_error?.decline_code, 'insufficient_funds')
    assert.lengthOf(fake.requestsTo('POST /v1/payment_intents'), 2)
  })

  test('subscriptions change price, list by customer, and cancel', async ({ assert }) => {
    const monthly = await monthlyPrice(stripe, 1900)
    const bigger = await stripe.prices.create({
      product: monthly.product as string,
      unit_amount: 4900,
      currency: 'eur',
      recurring: { interval: 'month' },
    })
    const subscription = await subscribedCustomer(fake, stripe, monthly)
    const customer = subscription.customer as string

    const upgraded = await stripe.subscriptions.update(subscription.id, {
      items: [{ id: subscription.items.data[0].id, price: bigger.id }],
      proration_behavior: 'none',
      metadata: { plan: 'business' },
    })
    assert.equal(upgraded.items.data[0].price.id, bigger.id)
    assert.equal(upgraded.items.data[0].id, subscription.items.data[0].id)
    assert.deepEqual(upgraded.metadata, { plan: 'business' })
    const updatedEvent = fake.event(
      'customer.subscription.updated',
      fake.store.subscriptions.get(subscription.id)!
    )
    assert.equal(updatedEvent.type, 'customer.subscription.updated')
    assert.property(updatedEvent.data.previous_attributes, 'items')
    const oneTime = await stripe.prices.create({
      product: monthly.product as string,
      unit_amount: 100,
      currency: 'eur',
    })
    const notRecurring = await rejection(
      stripe.subscriptions.update(subscription.id, {
        items: [{ id: subscription.items.data[0].id, price: oneTime.id }],
      })
    )
    assert.equal((notRecurring as Stripe.errors.StripeError).param, 'items[0][price]')

    const listed = await stripe.subscriptions.list({ customer })
    assert.deepEqual(
      listed.data.map((entry) => entry.id),
      [subscription.id]
    )
    const canceled = await stripe.subscriptions.cancel(subscription.id, {
      cancellation_details: { comment: 'Too expensive' },
    })
    assert.equal(canceled.status, 'canceled')
    assert.isNotNull(canceled.ended_at)
    assert.equal(canceled.cancellation_details?.comment, 'Too expensive')
    assert.lengthOf((await stripe.subscriptions.list({ customer })).data, 0)
    assert.lengthOf((await stripe.subscriptions.list({ customer, status: 'canceled' })).data, 1)
    const invoices = await stripe.invoices.list({ customer })
    assert.match(invoices.data[0].id, /^in_/)
    assert.equal(invoices.url, '/v1/invoices')
  })

  test('expand[] replaces ids with the objects they name', async ({ assert }) => {
    const price = await monthlyPrice(stripe)
    const subscription = await subscribedCustomer(fake, stripe, price)

    const expanded = await stripe.subscriptions.retrieve(subscription.id, {
      expand: ['customer', 'latest_invoice', 'items.data.price.product'],
    })
    assert.equal((expanded.customer as Stripe.Customer).email, 'owner@example.com')
    assert.equal((expanded.latest_invoice as Stripe.Invoice).status, 'paid')
    assert.equal((expanded.items.data[0].price.product as Stripe.Product).name, 'Pro plan')
    assert.isString((await stripe.subscriptions.retrieve(subscription.id)).customer)
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: price.id, quantity: 3 }],
      success_url: 'https://app.test/done',
    })
    const withItems = await stripe.checkout.sessions.retrieve(session.id, {
      expand: ['line_items'],
    })
    assert.equal(withItems.line_items?.data[0].quantity, 3)
    const invalid = await rejection(
      stripe.subscriptions.retrieve(subscription.id, { expand: ['nonsense'] })
    )
    assert.equal(
      (invalid as Stripe.errors.StripeError).message,
      'This property cannot be expanded (nonsense).'
    )
  })

  test('a billing portal session gets a url for a known customer only', async ({ assert }) => {
    const customer = await stripe.customers.create({ email: 'owner@example.com' })

    const portal = await stripe.billingPortal.sessions.create({
      customer: customer.id,
      return_url: 'https://app.test/billing',
    })
    assert.match(portal.id, /^bps_/)
    assert.equal(portal.url, `${fake.url}/billing_portal/${portal.id}`)
    assert.equal(portal.return_url, 'https://app.test/billing')
    assert.equal((await fetch(portal.url)).status, 200)
    const unknown = await rejection(stripe.billingPortal.sessions.create({ customer: 'cus_nope' }))
    assert.equal((unknown as Stripe.errors.StripeError).param, 'customer')
  })

  test('the Stripe-Signature header is t=...,v1=HMAC-SHA256 of "t.payload"', async ({ assert }) => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event' })
    const timestamp = 1_700_000_000

    const header = fake.signWebhook(payload, timestamp)
    const expected = createHmac('sha256', fake.webhookSecret)
      .update(`${timestamp}.${payload}`)
      .digest('hex')
    assert.equal(header, `t=${timestamp},v1=${expected}`)
    assert.throws(
      () => stripe.webhooks.constructEvent(payload, header, fake.webhookSecret),
      /Timestamp outside the tolerance zone/
    )
    const fresh = fake.signWebhook(payload)
    assert.equal(stripe.webhooks.constructEvent(payload, fresh, fake.webhookSecret).id, 'evt_1')
  })

  test('sendWebhook delivers a signed event that the endpoint can verify', async ({
    assert,
    cleanup,
  }) => {
    const received: Stripe.Event[] = []
    const endpoint = createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString()))
      request.on('end', () => {
        try {
          const signature = request.headers['stripe-signature'] as string
          received.push(stripe.webhooks.constructEvent(body, signature, fake.webhookSecret))
          response.writeHead(200).end()
        } catch {
          response.writeHead(400).end()
        }
      })
    })
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve))
    cleanup(() => new Promise<void>((resolve) => endpoint.close(() => resolve())))
    const { port } = endpoint.address() as AddressInfo
    const price = await monthlyPrice(stripe)
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: 'https://app.test/done',
    })

    const answer = await fake.sendWebhook(
      `http://127.0.0.1:${port}/webhooks/stripe`,
      fake.completeCheckout(session.id)
    )
    assert.equal(answer.status, 200)
    assert.lengthOf(received, 1)
    assert.equal(received[0].type, 'checkout.session.completed')
    assert.match(received[0].id, /^evt_/)
    assert.equal(received[0].api_version, Stripe.API_VERSION)
    assert.equal((received[0].data.object as Stripe.Checkout.Session).id, session.id)
  })

  test('an unknown API key is a StripeAuthenticationError', async ({ assert, cleanup }) => {
    const strict = await startStripeServer({ secretKey: 'sk_test_right' })
    cleanup(() => strict.close())

    const refused = await rejection(strict.client('sk_test_wrong').customers.list())
    assert.instanceOf(refused, Stripe.errors.StripeAuthenticationError)
    assert.equal((refused as Stripe.errors.StripeError).statusCode, 401)
    assert.lengthOf((await strict.client().customers.list()).data, 0)
  })
})
