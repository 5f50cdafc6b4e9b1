import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Customer from '#kernel/identity/models/customer'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeCustomer } from '#tests/support/factories'
import CustomerAddress from '#modules/storefront/models/customer_address'
import CustomerProfile from '#modules/storefront/models/customer_profile'
import NewsletterSubscriber from '#modules/storefront/models/newsletter_subscriber'
import Order from '#modules/storefront/models/order'
import Review from '#modules/storefront/models/review'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/order_factories'

async function shopWithCustomers() {
  const { tenant, owner } = await makeShop()
  const product = await makeProduct(tenant, { priceMinor: 3000, stock: 50, name: 'Rose Balm' })
  const variant = product.variants[0]
  const grace = await makeCustomer(tenant.id, 'grace@example.com')
  const ada = await makeCustomer(tenant.id, 'ada@example.com')
  await withTenant(tenant.id, async () => {
    grace.name = 'Grace Hopper'
    await grace.save()
    ada.name = 'Ada Lovelace'
    await ada.save()
    await CustomerProfile.create({
      customerId: grace.id,
      phone: '+44 7700 900123',
      tags: ['vip', 'wholesale'],
      marketingConsent: true,
      marketingConsentAt: DateTime.now(),
    })
    await CustomerProfile.create({ customerId: ada.id, tags: ['new'], marketingConsent: false })
    await CustomerAddress.create({
      customerId: grace.id,
      name: 'Grace Hopper',
      line1: '1 Navy Yard',
      city: 'Arlington',
      postalCode: '22202',
      country: 'US',
      isDefault: true,
    })
    await Review.create({
      productId: product.id,
      customerId: grace.id,
      authorName: 'Grace H.',
      rating: 5,
      body: 'My lips have never been happier.',
      status: 'approved',
      verifiedPurchase: true,
    })
    await NewsletterSubscriber.create({
      email: 'grace@example.com',
      customerId: grace.id,
      source: 'checkout',
      consentText: 'Send me news and offers',
      consentedAt: DateTime.now(),
    })
  })
  const paid = await makeOrder(tenant, {
    email: 'grace@example.com',
    customerName: 'Grace Hopper',
    customerId: grace.id,
    status: 'paid',
    paymentStatus: 'paid',
    lines: [{ variant, quantity: 2, name: 'Rose Balm' }],
  })
  const guest = await makeOrder(tenant, {
    email: 'GRACE@example.com',
    customerName: 'Grace Hopper',
    status: 'paid',
    paymentStatus: 'paid',
    lines: [{ variant, quantity: 1, name: 'Rose Balm' }],
  })
  await makeOrder(tenant, {
    email: 'grace@example.com',
    customerId: grace.id,
    status: 'cancelled',
    lines: [{ variant, quantity: 1 }],
  })
  return { tenant, owner, grace, ada, product, orders: { paid, guest } }
}

const emailsOf = (response: { inertiaProps: any }) =>
  response.inertiaProps.customers.map((customer: { email: string }) => customer.email)

test.group('Storefront back office: customers', () => {
  test('lists, searches and filters customers with their totals', async ({ client, assert }) => {
    const { tenant, owner } = await shopWithCustomers()
    const get = (qs = '') =>
      client.get(`/app/${tenant.slug}/storefront/customers${qs}`).loginAs(owner).withInertia()
    const all = await get()
    all.assertInertiaComponent('storefront/customers/index')
    assert.sameMembers(emailsOf(all), ['grace@example.com', 'ada@example.com'])
    const grace = all.inertiaProps.customers.find(
      (customer: { email: string }) => customer.email === 'grace@example.com'
    )
    assert.equal(grace.ordersCount, 2)
    assert.equal(grace.spentMinor, 6000)
    assert.isTrue(grace.marketingConsent)
    assert.sameMembers(all.inertiaProps.tags, ['new', 'vip', 'wholesale'])

    assert.deepEqual(emailsOf(await get('?q=hopper')), ['grace@example.com'])
    assert.deepEqual(emailsOf(await get('?tag=new')), ['ada@example.com'])
    assert.deepEqual(emailsOf(await get('?consent=yes')), ['grace@example.com'])
    assert.deepEqual(emailsOf(await get('?consent=no')), ['ada@example.com'])

    const bad = await client
      .get(`/app/${tenant.slug}/storefront/customers?consent=maybe`)
      .loginAs(owner)
      .accept('json')
    bad.assertStatus(422)
  })

  test('shows a customer and edits their tags', async ({ client, assert }) => {
    const { tenant, owner, grace } = await shopWithCustomers()
    const url = `/app/${tenant.slug}/storefront/customers/${grace.id}`
    const page = await client.get(url).loginAs(owner).withInertia()
    page.assertInertiaComponent('storefront/customers/show')
    assert.equal(page.inertiaProps.customer.spentMinor, 6000)
    assert.equal(page.inertiaProps.addresses[0].city, 'Arlington')
    assert.lengthOf(page.inertiaProps.orders, 2)

    const saved = await client
      .put(`${url}/tags`)
      .json({ tags: ['vip', 'press'] })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const profile = await withTenant(tenant.id, () =>
      CustomerProfile.findByOrFail('customer_id', grace.id)
    )
    assert.deepEqual(profile.tags, ['vip', 'press'])

    const bad = await client
      .put(`${url}/tags`)
      .json({ tags: ['<script>', 'x'.repeat(41)] })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    bad.assertStatus(422)
    assert.match(JSON.stringify(bad.body()), /a tag/)

    const agent = await addMember(tenant.id, 'agent')
    ;(await client.get(url).loginAs(agent).withInertia()).assertStatus(200)
    const forbidden = await client
      .put(`${url}/tags`)
      .json({ tags: [] })
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
    forbidden.assertStatus(403)
  })

  test('the GDPR export holds what the shop keeps on them', async ({ client, assert }) => {
    const { tenant, owner, grace, orders } = await shopWithCustomers()
    const response = await client
      .get(`/app/${tenant.slug}/storefront/customers/${grace.id}/export.json`)
      .loginAs(owner)
    response.assertStatus(200)
    assert.match(String(response.header('content-type')), /application\/json/)
    const data = JSON.parse(response.text())
    assert.equal(data.customer.email, 'grace@example.com')
    const shop = data.modules.storefront
    assert.equal(shop.profile.phone, '+44 7700 900123')
    assert.deepEqual(shop.profile.tags, ['vip', 'wholesale'])
    assert.equal(shop.addresses[0].line1, '1 Navy Yard')
    assert.includeMembers(
      shop.orders.map((order: { number: number }) => order.number),
      [orders.paid.number, orders.guest.number]
    )
    assert.equal(shop.reviews[0].body, 'My lips have never been happier.')
    assert.equal(shop.newsletter[0].consentText, 'Send me news and offers')
  })

  test('erasure removes personal data and keeps orders anonymized', async ({ client, assert }) => {
    const { tenant, owner, grace, ada, orders } = await shopWithCustomers()
    const url = `/app/${tenant.slug}/storefront/customers/${grace.id}/erase`
    const wrong = await client
      .post(url)
      .json({ confirmation: 'someone@example.com' })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    wrong.assertStatus(422)

    const response = await client
      .post(url)
      .json({ confirmation: 'grace@example.com' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)

    await withTenant(tenant.id, async () => {
      const customer = await Customer.findOrFail(grace.id)
      assert.isNotNull(customer.erasedAt)
      assert.notInclude(customer.email, 'grace')
      assert.equal(customer.name, 'Erased customer')
      for (const id of [orders.paid.id, orders.guest.id]) {
        const order = await Order.findOrFail(id)
        assert.isNotNull(order.anonymizedAt)
        assert.notInclude(order.email, 'grace')
        assert.equal(order.customerName, 'Erased customer')
        assert.isNull(order.phone)
        assert.equal(order.shippingAddress.line1, '')
        assert.equal(order.totalMinor, id === orders.paid.id ? 6000 : 3000)
      }
      assert.isNull(await CustomerProfile.findBy('customer_id', grace.id))
      assert.lengthOf(await CustomerAddress.query().where('customer_id', grace.id), 0)
      assert.lengthOf(await Review.query().where('customer_id', grace.id), 0)
      assert.lengthOf(await NewsletterSubscriber.query().where('email', 'grace@example.com'), 0)
      assert.isNotNull(await CustomerProfile.findBy('customer_id', ada.id))
    })

    const exported = await client
      .get(`/app/${tenant.slug}/storefront/customers/${grace.id}/export.json`)
      .loginAs(owner)
    assert.notInclude(exported.text(), 'grace@example.com')
    assert.notInclude(exported.text(), 'Navy Yard')
  })

  test('staff of another workspace cannot see or change its customers', async ({
    client,
    assert,
  }) => {
    const { grace } = await shopWithCustomers()
    const other = await makeShop()
    const base = `/app/${other.tenant.slug}/storefront/customers`
    const list = await client.get(base).loginAs(other.owner).withInertia()
    assert.deepEqual(list.inertiaProps.customers, [])
    ;(await client.get(`${base}/${grace.id}`).loginAs(other.owner)).assertStatus(404)
    ;(await client.get(`${base}/${grace.id}/export.json`).loginAs(other.owner)).assertStatus(404)
    const tags = await client
      .put(`${base}/${grace.id}/tags`)
      .json({ tags: ['stolen'] })
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    tags.assertStatus(404)
    const erase = await client
      .post(`${base}/${grace.id}/erase`)
      .json({ confirmation: 'grace@example.com' })
      .loginAs(other.owner)
      .accept('json')
      .withCsrfToken()
    erase.assertStatus(404)
  })
})
