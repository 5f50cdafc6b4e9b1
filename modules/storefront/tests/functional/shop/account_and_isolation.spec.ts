import { test } from '@japa/runner'
import Customer from '#kernel/identity/models/customer'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer } from '#tests/support/factories'
import { assertFieldError } from '#tests/support/assertions'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder, makeReview } from '#modules/storefront/tests/support/shop_factories'
import { makeApiToken } from '#modules/storefront/tests/support/api_factories'
import CustomerAddress from '#modules/storefront/models/customer_address'
import CustomerProfile from '#modules/storefront/models/customer_profile'
import Review from '#modules/storefront/models/review'
import WishlistItem from '#modules/storefront/models/wishlist_item'

const ADDRESS = {
  name: 'Ana Silva',
  line1: '12 Rose Lane',
  city: 'Bristol',
  postalCode: 'BS1 4DJ',
  country: 'gb',
}

test.group('Storefront: customer account', () => {
  test('the kernel’s account and sign-in pages get the shop’s frame and account links', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'acct-shell' })
    const ana = await makeCustomer(tenant.id)
    const account = await client
      .get('/s/acct-shell/account')
      .withGuard('customer')
      .loginAs(ana)
      .withInertia()
    account.assertInertiaComponent('shop/account/show')
    const shop = account.inertiaProps.shop
    assert.includeDeepMembers(shop.accountLinks, [
      { label: 'Orders', href: '/s/acct-shell/account/orders' },
      { label: 'Addresses', href: '/s/acct-shell/account/addresses' },
    ])
    assert.isArray(shop.menu)
    assert.include(
      shop.footerLinks.map((link: { href: string }) => link.href),
      '/s/acct-shell/pages/about'
    )
    const login = await client.get('/s/acct-shell/account/login').withInertia()
    assert.isArray(login.inertiaProps.shop.menu)

    await withTenant(tenant.id, () => disableModule('storefront', { actor: null }))
    const plain = await client.get('/s/acct-shell/account/login').withInertia()
    assert.notProperty(plain.inertiaProps.shop, 'menu')
    assert.notProperty(plain.inertiaProps.shop, 'accountLinks')
  })

  test('orders list and detail with status and tracking, only the customer’s own', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'acct-orders' })
    const serum = await makeProduct(tenant, { name: 'Glow Serum', priceMinor: 2400 })
    const ana = await makeCustomer(tenant.id)
    const bob = await makeCustomer(tenant.id)
    const shipped = await makeOrder(tenant, ana, serum, {
      carrier: 'Royal Mail',
      trackingNumber: 'RM123456GB',
    })
    const bobs = await makeOrder(tenant, bob, serum)

    const list = await client
      .get('/s/acct-orders/account/orders')
      .withGuard('customer')
      .loginAs(ana)
      .withInertia()
    list.assertInertiaComponent('storefront/shop/account/orders')
    assert.deepEqual(
      list.inertiaProps.orders.map((order: { number: number }) => order.number),
      [shipped.number]
    )

    const detail = await client
      .get(`/s/acct-orders/account/orders/${shipped.number}`)
      .withGuard('customer')
      .loginAs(ana)
      .withInertia()
    detail.assertStatus(200)
    assert.equal(detail.inertiaProps.order.status, 'fulfilled')
    assert.equal(detail.inertiaProps.order.trackingNumber, 'RM123456GB')
    assert.equal(detail.inertiaProps.order.carrier, 'Royal Mail')
    assert.equal(detail.inertiaProps.order.items[0].name, 'Glow Serum')

    const other = await client
      .get(`/s/acct-orders/account/orders/${bobs.number}`)
      .withGuard('customer')
      .loginAs(ana)
    other.assertStatus(404)

    const guest = await client.get('/s/acct-orders/account/orders').redirects(0)
    guest.assertStatus(302)
    guest.assertHeader('location', '/s/acct-orders/account/login')
  })

  test('addresses: add, edit, set default, remove; bad input refused', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'acct-addr' })
    const ana = await makeCustomer(tenant.id)
    const bob = await makeCustomer(tenant.id)
    const as = (customer: Customer) => ({
      post: (url: string, form: Record<string, unknown>) =>
        client
          .post(url)
          .withGuard('customer')
          .loginAs(customer)
          .withCsrfToken()
          .form(form)
          .redirects(0),
      put: (url: string, form: Record<string, unknown>) =>
        client
          .put(url)
          .withGuard('customer')
          .loginAs(customer)
          .withCsrfToken()
          .form(form)
          .redirects(0),
      delete: (url: string) =>
        client.delete(url).withGuard('customer').loginAs(customer).withCsrfToken().redirects(0),
    })

    ;(
      await as(ana).post('/s/acct-addr/account/addresses', { ...ADDRESS, isDefault: true })
    ).assertStatus(302)
    ;(
      await as(ana).post('/s/acct-addr/account/addresses', {
        ...ADDRESS,
        line1: '1 Oak Road',
        isDefault: true,
      })
    ).assertStatus(302)
    const bad = await as(ana).post('/s/acct-addr/account/addresses', {
      ...ADDRESS,
      country: 'Britain',
      city: '',
    })
    assertFieldError(bad, 'country', 'Enter the two-letter country code, like GB or FR.')
    assertFieldError(bad, 'city')

    const saved = await withTenant(tenant.id, () =>
      CustomerAddress.query().where('customer_id', ana.id).orderBy('created_at')
    )
    assert.lengthOf(saved, 2)
    assert.equal(saved[0].country, 'GB')
    assert.deepEqual(
      saved.map((address) => address.isDefault),
      [false, true],
      'one default at a time'
    )

    ;(
      await as(ana).put(`/s/acct-addr/account/addresses/${saved[0].id}`, {
        ...ADDRESS,
        city: 'Bath',
      })
    ).assertStatus(302)
    ;(
      await as(bob).put(`/s/acct-addr/account/addresses/${saved[0].id}`, {
        ...ADDRESS,
        city: 'Hacked',
      })
    ).assertStatus(404)
    ;(await as(bob).delete(`/s/acct-addr/account/addresses/${saved[1].id}`)).assertStatus(404)
    ;(await as(ana).delete(`/s/acct-addr/account/addresses/${saved[1].id}`)).assertStatus(302)

    const page = await client
      .get('/s/acct-addr/account/addresses')
      .withGuard('customer')
      .loginAs(ana)
      .withInertia()
    assert.deepEqual(
      page.inertiaProps.addresses.map((address: { city: string }) => address.city),
      ['Bath']
    )
    const bobs = await client
      .get('/s/acct-addr/account/addresses')
      .withGuard('customer')
      .loginAs(bob)
      .withInertia()
    assert.lengthOf(bobs.inertiaProps.addresses, 0)
  })

  test('profile: name, phone and marketing consent', async ({ client, assert }) => {
    const { tenant } = await makeShop({ slug: 'acct-profile' })
    const ana = await makeCustomer(tenant.id)
    const saved = await client
      .put('/s/acct-profile/account/profile')
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .form({ name: 'Ana Silva', phone: '+44 7700 900123', marketingConsent: true })
      .redirects(0)
    saved.assertStatus(302)
    await withTenant(tenant.id, async () => {
      const customer = await Customer.findOrFail(ana.id)
      assert.equal(customer.name, 'Ana Silva')
      const profile = await CustomerProfile.findByOrFail('customer_id', ana.id)
      assert.equal(profile.phone, '+44 7700 900123')
      assert.isTrue(profile.marketingConsent)
      assert.isNotNull(profile.marketingConsentAt)
    })
    const empty = await client
      .put('/s/acct-profile/account/profile')
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .form({ name: '' })
      .redirects(0)
    assertFieldError(empty, 'name')
  })

  test('download my data, then delete my account after confirming', async ({ client, assert }) => {
    const { tenant } = await makeShop({ slug: 'acct-privacy' })
    const serum = await makeProduct(tenant, { name: 'Glow Serum' })
    const ana = await makeCustomer(tenant.id, 'ana@example.com')
    const order = await makeOrder(tenant, ana, serum)
    await makeReview(tenant, serum, { customerId: ana.id })
    await withTenant(tenant.id, () =>
      WishlistItem.create({ customerId: ana.id, productId: serum.id })
    )

    const download = await client
      .get('/s/acct-privacy/account/data.json')
      .withGuard('customer')
      .loginAs(ana)
    download.assertStatus(200)
    assert.include(download.header('content-disposition'), 'attachment')
    const data = JSON.parse(download.text())
    assert.equal(data.customer.email, 'ana@example.com')
    assert.equal(data.modules.storefront.orders[0].number, order.number)

    const unconfirmed = await client
      .delete('/s/acct-privacy/account')
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .form({ confirmation: 'yes' })
      .redirects(0)
    assertFieldError(unconfirmed, 'confirmation', 'Type DELETE to confirm.')
    assert.isNull((await withTenant(tenant.id, () => Customer.findOrFail(ana.id))).erasedAt)

    const erased = await client
      .delete('/s/acct-privacy/account')
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .form({ confirmation: 'DELETE' })
      .redirects(0)
    erased.assertStatus(302)
    await withTenant(tenant.id, async () => {
      const customer = await Customer.findOrFail(ana.id)
      assert.isNotNull(customer.erasedAt)
      assert.notEqual(customer.email, 'ana@example.com')
      assert.lengthOf(await WishlistItem.query().where('customer_id', ana.id), 0)
    })
    const after = await client.get('/s/acct-privacy/account/orders').redirects(0)
    after.assertStatus(302)
  })
})

test.group('Storefront shop: module disabled and cross-tenant', () => {
  test('a workspace without the storefront module gets 404 on every shop, account and moderation route', async ({
    client,
  }) => {
    const { tenant, owner } = await makeShop({ slug: 'off-shop' })
    const serum = await makeProduct(tenant, { slug: 'serum' })
    const customer = await makeCustomer(tenant.id)
    const token = await makeApiToken(tenant)
    ;(await client.get('/api/v1/products').bearerToken(token)).assertStatus(200)
    await withTenant(tenant.id, () => disableModule('storefront', { actor: null }))

    for (const url of [
      '/s/off-shop/search',
      '/s/off-shop/categories/any',
      '/s/off-shop/products/serum',
      '/s/off-shop/pages/about',
      '/s/off-shop/sitemap.xml',
      '/s/off-shop/robots.txt',
      '/s/off-shop/wishlist',
      '/s/off-shop/account/orders',
      '/s/off-shop/account/addresses',
      '/s/off-shop/account/profile',
      '/s/off-shop/account/privacy',
      '/s/off-shop/account/data.json',
    ]) {
      const response = await client.get(url).withGuard('customer').loginAs(customer).redirects(0)
      response.assertStatus(404)
    }
    for (const url of [
      '/s/off-shop/products/serum/reviews',
      '/s/off-shop/wishlist',
      '/s/off-shop/newsletter',
    ]) {
      const response = await client
        .post(url)
        .withGuard('customer')
        .loginAs(customer)
        .withCsrfToken()
        .form({
          productId: serum.id,
          email: 'a@example.com',
          consent: 'true',
          rating: '5',
          body: 'Lovely product indeed.',
        })
        .redirects(0)
      response.assertStatus(404)
    }
    ;(await client.get('/app/off-shop/storefront/reviews').loginAs(owner)).assertStatus(404)
    ;(await client.get('/api/v1/products').bearerToken(token)).assertStatus(404)

    const home = await client.get('/s/off-shop').withInertia()
    home.assertStatus(200)
    home.assertInertiaComponent('shop/home')
  })

  test('a customer of shop A sees nothing of A through shop B and cannot act on it', async ({
    client,
    assert,
  }) => {
    const a = await makeShop({ slug: 'iso-a' })
    const b = await makeShop({ slug: 'iso-b' })
    const serumA = await makeProduct(a.tenant, { name: 'Serum of A', slug: 'serum-a' })
    await makeProduct(b.tenant, { name: 'Balm of B', slug: 'balm-b' })
    const anaOfA = await makeCustomer(a.tenant.id)
    const orderA = await makeOrder(a.tenant, anaOfA, serumA)
    const addressA = await withTenant(a.tenant.id, () =>
      CustomerAddress.create({ ...ADDRESS, customerId: anaOfA.id, isDefault: true })
    )

    ;(await client.get('/s/iso-b/products/serum-a')).assertStatus(404)
    const search = await client.get('/s/iso-b/search?q=serum').withInertia()
    assert.deepEqual(search.inertiaProps.results.products, [])
    const sitemap = await client.get('/s/iso-b/sitemap.xml')
    assert.notInclude(sitemap.text(), 'serum-a')

    const review = await client
      .post('/s/iso-b/products/serum-a/reviews')
      .withGuard('customer')
      .loginAs(anaOfA)
      .withCsrfToken()
      .form({ rating: '5', body: 'Trying to review through B.' })
      .redirects(0)
    review.assertStatus(404)
    const wish = await client
      .post('/s/iso-b/wishlist')
      .withGuard('customer')
      .loginAs(anaOfA)
      .withCsrfToken()
      .form({ productId: serumA.id })
      .redirects(0)
    wish.assertStatus(302)
    wish.assertHeader('location', '/s/iso-b/account/login')

    const ordersOnB = await client
      .get('/s/iso-b/account/orders')
      .withGuard('customer')
      .loginAs(anaOfA)
      .redirects(0)
    ordersOnB.assertStatus(302)
    ordersOnB.assertHeader('location', '/s/iso-b/account/login')
    ;(
      await client
        .get(`/s/iso-b/account/orders/${orderA.number}`)
        .withGuard('customer')
        .loginAs(anaOfA)
        .redirects(0)
    ).assertStatus(302)
    ;(
      await client
        .delete(`/s/iso-b/account/addresses/${addressA.id}`)
        .withGuard('customer')
        .loginAs(anaOfA)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(302)

    const bobOfB = await makeCustomer(b.tenant.id)
    ;(
      await client
        .get(`/s/iso-b/account/orders/${orderA.number}`)
        .withGuard('customer')
        .loginAs(bobOfB)
    ).assertStatus(404)
    ;(
      await client
        .put(`/s/iso-b/account/addresses/${addressA.id}`)
        .withGuard('customer')
        .loginAs(bobOfB)
        .withCsrfToken()
        .form(ADDRESS)
        .redirects(0)
    ).assertStatus(404)

    await withTenant(a.tenant.id, async () => {
      assert.lengthOf(await Review.all(), 0)
      assert.lengthOf(await WishlistItem.all(), 0)
      assert.isNotNull(await CustomerAddress.find(addressA.id))
    })
    await withTenant(b.tenant.id, async () => {
      assert.lengthOf(await WishlistItem.all(), 0)
    })
  })

  test('staff of shop B cannot moderate shop A’s reviews', async ({ client, assert }) => {
    const a = await makeShop({ slug: 'mod-a' })
    const b = await makeShop({ slug: 'mod-b' })
    const serum = await makeProduct(a.tenant, { slug: 'serum' })
    const review = await makeReview(a.tenant, serum, { status: 'pending' })

    const queue = await client.get('/app/mod-b/storefront/reviews').loginAs(b.owner).withInertia()
    assert.lengthOf(queue.inertiaProps.reviews, 0)
    ;(
      await client
        .post(`/app/mod-b/storefront/reviews/${review.id}/approve`)
        .loginAs(b.owner)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(404)
    ;(await client.get('/app/mod-a/storefront/reviews').loginAs(b.owner).redirects(0)).assertStatus(
      404
    )
    await withTenant(a.tenant.id, async () => {
      await review.refresh()
      assert.equal(review.status, 'pending')
    })
  })
})
