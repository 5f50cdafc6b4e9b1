import { test } from '@japa/runner'
import mail from '@adonisjs/mail/services/main'
import env from '#start/env'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import { startStripeServer } from '#tests/support/fakes/stripe_server'
import Order from '#modules/storefront/models/order'
import OrderEvent from '#modules/storefront/models/order_event'
import Refund from '#modules/storefront/models/refund'
import OrderItem from '#modules/storefront/models/order_item'
import OrderFulfilledMail from '#modules/storefront/orders/order_fulfilled_mail'
import { saveShopState } from '#modules/storefront/settings/shop_settings'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder, stockOf } from '#modules/storefront/tests/support/order_factories'

async function shopWithOrder(fixture: Parameters<typeof makeOrder>[1] = {}) {
  const { tenant, owner } = await makeShop()
  const product = await makeProduct(tenant, { priceMinor: 2500, stock: 10, name: 'Glow Serum' })
  const variant = product.variants[0]
  const order = await makeOrder(tenant, {
    lines: [{ variant, quantity: 3, name: 'Glow Serum' }],
    ...fixture,
  })
  const base = `/app/${tenant.slug}/storefront/orders/${order.id}`
  return { tenant, owner, variant, order, base }
}

function reload(tenantId: string, orderId: string) {
  return withTenant(tenantId, () => Order.findOrFail(orderId))
}

test.group('Storefront back office: order workflow', () => {
  test('pending → paid → fulfilled (customer emailed) → delivered', async ({ client, assert }) => {
    const { tenant, owner, order, base } = await shopWithOrder()
    using fake = mail.fake()
    const post = (path: string, body: object = {}) =>
      client.post(`${base}/${path}`).json(body).loginAs(owner).withCsrfToken().redirects(0)

    const paid = await post('mark-paid', { note: 'Bank reference GLOW-1' })
    paid.assertStatus(302)
    let saved = await reload(tenant.id, order.id)
    assert.equal(saved.status, 'paid')
    assert.equal(saved.paymentStatus, 'paid')

    const missing = await post('fulfil', { carrier: '', tracking_number: 'x' })
    missing.assertStatus(302)
    assert.equal((await reload(tenant.id, order.id)).status, 'paid')

    const fulfilled = await post('fulfil', {
      carrier: 'Royal Mail',
      tracking_number: 'RM123456789GB',
      tracking_url: 'https://track.example.com/RM123456789GB',
    })
    fulfilled.assertStatus(302)
    saved = await reload(tenant.id, order.id)
    assert.equal(saved.status, 'fulfilled')
    assert.equal(saved.fulfillmentStatus, 'fulfilled')
    assert.equal(saved.trackingNumber, 'RM123456789GB')
    fake.mails.assertQueued(OrderFulfilledMail, ({ message }) => message.hasTo('ada@example.com'))
    const [queued] = fake.mails.queued()
    await queued.message.computeContents()
    const { text, subject } = queued.message.toJSON().message
    assert.include(String(text), 'RM123456789GB')
    assert.include(String(text), 'Royal Mail')
    assert.include(String(subject), `#${order.number}`)

    const delivered = await post('deliver')
    delivered.assertStatus(302)
    saved = await reload(tenant.id, order.id)
    assert.equal(saved.status, 'delivered')
    assert.equal(saved.fulfillmentStatus, 'delivered')

    const kinds = await withTenant(tenant.id, async () => {
      const events = await OrderEvent.query().where('order_id', order.id).orderBy('created_at')
      return events.map((event) => event.kind)
    })
    assert.includeMembers(kinds, ['paid', 'fulfilled', 'delivered'])
  })

  test('refuses transitions the state does not allow', async ({ client, assert }) => {
    const { tenant, owner, order, base } = await shopWithOrder()
    const post = (path: string, body: object = {}) =>
      client
        .post(`${base}/${path}`)
        .json(body)
        .loginAs(owner)
        .accept('json')
        .withCsrfToken()
        .redirects(0)

    const unpaidFulfil = await post('fulfil', { carrier: 'DHL', tracking_number: 'JD014600' })
    unpaidFulfil.assertStatus(409)
    assert.match(unpaidFulfil.body().message, /not paid yet/)
    ;(await post('deliver')).assertStatus(409)
    ;(await post('refund')).assertStatus(422)

    ;(await post('mark-paid')).assertStatus(302)
    ;(await post('mark-paid')).assertStatus(409)
    ;(await post('fulfil', { carrier: 'DHL', tracking_number: 'JD014600' })).assertStatus(302)
    ;(await post('fulfil', { carrier: 'DHL', tracking_number: 'JD014600' })).assertStatus(409)
    const lateCancel = await post('cancel')
    lateCancel.assertStatus(409)
    assert.match(lateCancel.body().message, /can no longer be cancelled/)
    assert.equal((await reload(tenant.id, order.id)).status, 'fulfilled')
  })

  test('a cash-on-delivery order ships before it is paid', async ({ client, assert }) => {
    const { tenant, owner, order, base } = await shopWithOrder({
      paymentMethod: 'cash_on_delivery',
    })
    using fake = mail.fake()
    const response = await client
      .post(`${base}/fulfil`)
      .json({ carrier: 'Colissimo', tracking_number: '6A12345678901' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    assert.equal((await reload(tenant.id, order.id)).status, 'fulfilled')
    fake.mails.assertQueuedCount(OrderFulfilledMail, 1)

    const page = await client.get(base).loginAs(owner).withInertia()
    assert.isTrue(page.inertiaProps.order.allowed.markPaid)
    const paid = await client
      .post(`${base}/mark-paid`)
      .json({ note: 'Cash collected by the courier' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    paid.assertStatus(302)
    const saved = await reload(tenant.id, order.id)
    assert.equal(saved.status, 'fulfilled')
    assert.equal(saved.paymentStatus, 'paid')
  })

  test('cancelling puts the units back in stock once', async ({ client, assert }) => {
    const { tenant, owner, order, variant, base } = await shopWithOrder()
    assert.equal(await stockOf(tenant, variant.id), 7)
    const response = await client
      .post(`${base}/cancel`)
      .json({ reason: 'Customer changed their mind' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const saved = await reload(tenant.id, order.id)
    assert.equal(saved.status, 'cancelled')
    assert.equal(await stockOf(tenant, variant.id), 10)
    const again = await client
      .post(`${base}/cancel`)
      .json({})
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    again.assertStatus(409)
    assert.equal(await stockOf(tenant, variant.id), 10)
  })

  test('partial refund with restock, then the rest; never more than paid', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, order, variant, base } = await shopWithOrder({
      status: 'paid',
      paymentStatus: 'paid',
    })
    const item = await withTenant(tenant.id, () =>
      OrderItem.query().where('order_id', order.id).firstOrFail()
    )
    const refund = (body: object) =>
      client
        .post(`${base}/refund`)
        .json(body)
        .loginAs(owner)
        .accept('json')
        .withCsrfToken()
        .redirects(0)

    const partial = await client
      .post(`${base}/refund`)
      .json({
        amount_minor: 2500,
        restock: true,
        reason: 'Damaged box',
        lines: [{ order_item_id: item.id, quantity: 1 }],
      })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    partial.assertStatus(302)
    let saved = await reload(tenant.id, order.id)
    assert.equal(saved.refundedMinor, 2500)
    assert.equal(saved.paymentStatus, 'partially_refunded')
    assert.equal(await stockOf(tenant, variant.id), 8)

    const tooMuch = await refund({ amount_minor: 5001 })
    tooMuch.assertStatus(422)
    assert.match(tooMuch.body().message, /at most/)
    const tooMany = await refund({
      amount_minor: 100,
      restock: true,
      lines: [{ order_item_id: item.id, quantity: 3 }],
    })
    tooMany.assertStatus(422)
    const badInput = await refund({
      amount_minor: 0,
      lines: [{ order_item_id: 'x', quantity: -1 }],
    })
    badInput.assertStatus(422)
    assert.equal(await stockOf(tenant, variant.id), 8)

    const rest = await refund({ restock: false, reason: 'Goodwill' })
    rest.assertStatus(302)
    saved = await reload(tenant.id, order.id)
    assert.equal(saved.refundedMinor, 7500)
    assert.equal(saved.paymentStatus, 'refunded')
    assert.equal(await stockOf(tenant, variant.id), 8)
    const refunds = await withTenant(tenant.id, () =>
      Refund.query().where('order_id', order.id).orderBy('created_at')
    )
    assert.deepEqual(
      refunds.map((row) => [row.amountMinor, row.restock]),
      [
        [2500, true],
        [5000, false],
      ]
    )
    ;(await refund({})).assertStatus(422)
  })

  test('agents see orders but cannot refund; managers cannot either by default', async ({
    client,
    assert,
  }) => {
    const { tenant, order, base } = await shopWithOrder({ status: 'paid', paymentStatus: 'paid' })
    for (const role of ['agent', 'manager'] as const) {
      const member = await addMember(tenant.id, role)
      const list = await client.get(base).loginAs(member).withInertia()
      list.assertStatus(200)
      const response = await client
        .post(`${base}/refund`)
        .json({})
        .loginAs(member)
        .accept('json')
        .withCsrfToken()
      response.assertStatus(403)
    }
    const agent = await addMember(tenant.id, 'agent')
    const fulfil = await client
      .post(`${base}/fulfil`)
      .json({ carrier: 'DHL', tracking_number: 'JD014600' })
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
    fulfil.assertStatus(403)
    assert.equal((await reload(tenant.id, order.id)).refundedMinor, 0)
  })

  test('staff notes go on the timeline', async ({ client, assert }) => {
    const { owner, order, base } = await shopWithOrder()
    const empty = await client
      .post(`${base}/notes`)
      .json({ note: '   ' })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    empty.assertStatus(422)
    await client
      .post(`${base}/notes`)
      .json({ note: 'Gift wrap requested by phone' })
      .loginAs(owner)
      .withCsrfToken()
    const page = await client.get(base).loginAs(owner).withInertia()
    const note = page.inertiaProps.order.timeline.find(
      (event: { kind: string }) => event.kind === 'note'
    )
    assert.equal(note.message, 'Gift wrap requested by phone')
    assert.equal(note.actor, owner.name)
    assert.isDefined(order)
  })

  test('the invoice is a PDF', async ({ client, assert }) => {
    const { owner, base } = await shopWithOrder({ status: 'paid', paymentStatus: 'paid' })
    const response = await client.get(`${base}/invoice.pdf`).loginAs(owner)
    response.assertStatus(200)
    assert.match(String(response.header('content-type')), /^application\/pdf/)
    const body = response.body()
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(response.text(), 'binary')
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-')
  })

  test('a Stripe payment is refunded on the connected account', async ({ client, assert }) => {
    const stripe = await startStripeServer()
    const previous = { key: env.get('STRIPE_SECRET_KEY'), base: env.get('STRIPE_API_BASE') }
    env.set('STRIPE_SECRET_KEY', 'sk_test_storefront_refunds')
    env.set('STRIPE_API_BASE', stripe.url)
    try {
      const account = stripe.addAccount({ country: 'GB' })
      const paymentIntent = await stripe
        .client()
        .paymentIntents.create(
          { amount: 7500, currency: 'gbp', confirm: true, payment_method: 'pm_card_visa' },
          { stripeAccount: account.id }
        )
      const { tenant, owner, order, base } = await shopWithOrder({
        status: 'paid',
        paymentStatus: 'paid',
        paymentMethod: 'stripe',
        stripePaymentIntentId: paymentIntent.id,
      })
      await withTenant(tenant.id, () =>
        saveShopState({
          stripe: {
            accountId: account.id,
            chargesEnabled: true,
            payoutsEnabled: true,
            detailsSubmitted: true,
          },
        })
      )
      const response = await client
        .post(`${base}/refund`)
        .json({ amount_minor: 1000, reason: 'Late delivery' })
        .loginAs(owner)
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      const [call] = stripe.requestsTo('POST /v1/refunds')
      assert.equal(call.headers.stripeAccount, account.id)
      assert.equal(call.body.amount, '1000')
      assert.equal(call.body.payment_intent, paymentIntent.id)
      const refund = await withTenant(tenant.id, () =>
        Refund.query().where('order_id', order.id).firstOrFail()
      )
      assert.match(refund.stripeRefundId!, /^re_/)

      stripe.failNext('POST /v1/refunds', 400, { message: 'Charge already refunded' })
      const refused = await client
        .post(`${base}/refund`)
        .json({ amount_minor: 500 })
        .loginAs(owner)
        .accept('json')
        .withCsrfToken()
      refused.assertStatus(409)
      assert.match(refused.body().message, /Stripe refused/)
      const saved = await reload(tenant.id, order.id)
      assert.equal(saved.refundedMinor, 1000)
    } finally {
      env.set('STRIPE_SECRET_KEY', previous.key ?? '')
      env.set('STRIPE_API_BASE', previous.base ?? '')
      await stripe.close()
    }
  })
})
