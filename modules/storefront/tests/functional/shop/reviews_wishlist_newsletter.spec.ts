import { test } from '@japa/runner'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import drive from '@adonisjs/drive/services/main'
import { withTenant } from '#kernel/tenancy/with_tenant'
import StaffNotification from '#kernel/notifications/staff_notification'
import { addMember, makeCustomer } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import { assertFieldError } from '#tests/support/assertions'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder, makeReview } from '#modules/storefront/tests/support/shop_factories'
import { probeEvent } from '#modules/storefront/tests/support/event_probe'
import Review from '#modules/storefront/models/review'
import Product from '#modules/storefront/models/product'
import WishlistItem from '#modules/storefront/models/wishlist_item'
import NewsletterSubscriber from '#modules/storefront/models/newsletter_subscriber'

async function photo(name: string) {
  const folder = await mkdtemp(join(tmpdir(), 'review-'))
  const path = join(folder, name)
  await writeFile(
    path,
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c2185b' } })
      .png()
      .toBuffer()
  )
  return path
}

test.group('Storefront: reviews', () => {
  test('a customer’s review waits for moderation, with photos, verified when bought', async ({
    client,
    assert,
  }) => {
    const submitted = probeEvent('storefront.review.submitted')
    const { tenant, owner } = await makeShop({ slug: 'rev-shop' })
    const serum = await makeProduct(tenant, { name: 'Glow Serum', slug: 'glow-serum' })
    const buyer = await makeCustomer(tenant.id)
    const browser = await makeCustomer(tenant.id)
    await makeOrder(tenant, buyer, serum)
    await makeOrder(tenant, browser, serum, { paid: false })

    const response = await client
      .post('/s/rev-shop/products/glow-serum/reviews')
      .withGuard('customer')
      .loginAs(buyer)
      .withCsrfToken()
      .field('rating', '5')
      .field('title', 'Love it')
      .field('body', 'My skin has never looked better.')
      .file('photos', await photo('glow.png'))
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/s/rev-shop/products/glow-serum#reviews')

    await client
      .post('/s/rev-shop/products/glow-serum/reviews')
      .withGuard('customer')
      .loginAs(browser)
      .withCsrfToken()
      .form({ rating: '3', body: 'Nice, but I only tried a sample.' })
      .redirects(0)

    const reviews = await withTenant(tenant.id, () => Review.query().orderBy('created_at'))
    assert.lengthOf(reviews, 2)
    const [bought, notBought] = reviews
    assert.equal(bought.status, 'pending')
    assert.isTrue(bought.verifiedPurchase, 'paid order of the product')
    assert.isFalse(notBought.verifiedPurchase, 'an unpaid order is not a purchase')
    assert.lengthOf(bought.photoPaths, 1)
    assert.match(bought.photoPaths[0], new RegExp(`^storefront/${tenant.id}/reviews/.+\\.webp$`))
    assert.isTrue(await drive.use().exists(bought.photoPaths[0]))

    const page = await client.get('/s/rev-shop/products/glow-serum').withInertia()
    assert.lengthOf(page.inertiaProps.reviews, 0, 'pending reviews are not shown')

    const notified = await withTenant(tenant.id, () =>
      StaffNotification.query().where('kind', 'storefront.review_submitted')
    )
    assert.lengthOf(notified, 2)
    assert.equal(notified[0].userId, owner.id)
    assert.equal(notified[0].url, '/app/rev-shop/storefront/reviews')

    await runQueuedJobs()
    assert.sameDeepMembers(
      submitted.map((payload) => payload.reviewId),
      reviews.map((review) => review.id)
    )
  })

  test('staff approve and reject reviews; the product rating follows', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeShop({ slug: 'rev-mod' })
    const serum = await makeProduct(tenant, { slug: 'serum' })
    const good = await makeReview(tenant, serum, { rating: 5, status: 'pending' })
    const meh = await makeReview(tenant, serum, { rating: 2, status: 'pending' })

    const queue = await client.get('/app/rev-mod/storefront/reviews').loginAs(owner).withInertia()
    queue.assertStatus(200)
    queue.assertInertiaComponent('storefront/shop/reviews_moderation')
    assert.equal(queue.inertiaProps.pendingCount, 2)
    assert.lengthOf(queue.inertiaProps.reviews, 2)

    ;(
      await client
        .post(`/app/rev-mod/storefront/reviews/${good.id}/approve`)
        .loginAs(owner)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(302)
    ;(
      await client
        .post(`/app/rev-mod/storefront/reviews/${meh.id}/reject`)
        .loginAs(owner)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(302)

    await withTenant(tenant.id, async () => {
      await good.refresh()
      await meh.refresh()
      assert.equal(good.status, 'approved')
      assert.equal(good.moderatedBy, owner.email)
      assert.equal(meh.status, 'rejected')
      const product = await Product.findOrFail(serum.id)
      assert.equal(product.reviewCount, 1)
      assert.equal(product.ratingAverage, 5)
    })
    const page = await client.get('/s/rev-mod/products/serum').withInertia()
    assert.deepEqual(
      page.inertiaProps.reviews.map((review: { id: string }) => review.id),
      [good.id]
    )

    const agent = await addMember(tenant.id, 'agent')
    ;(await client.get('/app/rev-mod/storefront/reviews').loginAs(agent)).assertStatus(403)
    await client
      .post(`/app/rev-mod/storefront/reviews/${meh.id}/approve`)
      .loginAs(agent)
      .withCsrfToken()
      .redirects(0)
    await withTenant(tenant.id, async () => {
      await meh.refresh()
      assert.equal(meh.status, 'rejected', 'an agent cannot moderate')
    })
  })

  test('script in a review is shown as text, never run', async ({ client, assert }) => {
    const { tenant, owner } = await makeShop({ slug: 'rev-xss' })
    await makeProduct(tenant, { slug: 'serum' })
    const customer = await makeCustomer(tenant.id)
    await client
      .post('/s/rev-xss/products/serum/reviews')
      .withGuard('customer')
      .loginAs(customer)
      .withCsrfToken()
      .form({
        rating: '1',
        title: '<img src=x onerror=alert(1)>',
        body: 'Bad <script>alert("xss")</script> product',
      })
      .redirects(0)
    const review = await withTenant(tenant.id, () => Review.firstOrFail())
    await withTenant(tenant.id, async () => {
      review.status = 'approved'
      await review.save()
    })
    for (const url of [
      '/s/rev-xss/products/serum',
      '/app/rev-xss/storefront/reviews?status=approved',
    ]) {
      const html = (await client.get(url).loginAs(owner)).text()
      assert.notInclude(html, '<script>alert("xss")</script>')
      assert.notInclude(html, '<img src=x onerror=alert(1)>')
      assert.include(html, 'Bad &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; product')
    }
  })

  test('bad reviews are refused with a message and nothing is stored', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'rev-bad' })
    await makeProduct(tenant, { slug: 'serum' })
    const customer = await makeCustomer(tenant.id)
    const post = () =>
      client
        .post('/s/rev-bad/products/serum/reviews')
        .withGuard('customer')
        .loginAs(customer)
        .withCsrfToken()
        .redirects(0)

    assertFieldError(
      await post().form({ rating: '6', body: 'Far too good to be true.' }),
      'rating',
      'Choose a rating from 1 to 5 stars.'
    )
    assertFieldError(
      await post().form({ rating: '4', body: 'short' }),
      'body',
      'Write at least 10 characters.'
    )
    const notImage = join(await mkdtemp(join(tmpdir(), 'review-')), 'evil.png')
    await writeFile(notImage, '<svg onload="alert(1)"></svg>')
    assertFieldError(
      await post()
        .field('rating', '4')
        .field('body', 'A perfectly fine review.')
        .file('photos', notImage),
      'photos',
      'Photos must be PNG, JPEG, GIF or WebP images.'
    )
    assert.equal(
      await withTenant(tenant.id, () =>
        Review.query()
          .count('* as total')
          .then(([row]) => Number(row.$extras.total))
      ),
      0
    )

    const anonymous = await client
      .post('/s/rev-bad/products/serum/reviews')
      .withCsrfToken()
      .form({ rating: '5', body: 'I am not signed in at all.' })
      .redirects(0)
    anonymous.assertStatus(302)
    assert.equal(anonymous.header('location'), '/s/rev-bad/account/login')

    await post().form({ rating: '4', body: 'First review of this product.' })
    assertFieldError(
      await post().form({ rating: '5', body: 'Second review of the same.' }),
      'body',
      'You have already reviewed this product.'
    )
  })
})

test.group('Storefront: wishlist', () => {
  test('a customer adds, lists and removes products', async ({ client, assert }) => {
    const { tenant } = await makeShop({ slug: 'wish-shop' })
    const serum = await makeProduct(tenant, { name: 'Glow Serum' })
    const customer = await makeCustomer(tenant.id)
    const add = () =>
      client
        .post('/s/wish-shop/wishlist')
        .withGuard('customer')
        .loginAs(customer)
        .withCsrfToken()
        .form({ productId: serum.id })
        .redirects(0)
    ;(await add()).assertStatus(302)
    ;(await add()).assertStatus(302)
    const list = await client
      .get('/s/wish-shop/wishlist')
      .withGuard('customer')
      .loginAs(customer)
      .withInertia()
    list.assertInertiaComponent('storefront/shop/wishlist')
    assert.deepEqual(
      list.inertiaProps.products.map((product: { name: string }) => product.name),
      ['Glow Serum']
    )
    const page = await client
      .get(`/s/wish-shop/products/${serum.slug}`)
      .withGuard('customer')
      .loginAs(customer)
      .withInertia()
    assert.isTrue(page.inertiaProps.wishlisted)

    ;(
      await client
        .delete(`/s/wish-shop/wishlist/${serum.id}`)
        .withGuard('customer')
        .loginAs(customer)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(302)
    assert.equal(
      await withTenant(tenant.id, () =>
        WishlistItem.query()
          .count('* as total')
          .then(([row]) => Number(row.$extras.total))
      ),
      0
    )
  })

  test('guests are sent to sign in; unknown products are refused', async ({ client }) => {
    const { tenant } = await makeShop({ slug: 'wish-guest' })
    const customer = await makeCustomer(tenant.id)
    const guest = await client.get('/s/wish-guest/wishlist').redirects(0)
    guest.assertStatus(302)
    guest.assertHeader('location', '/s/wish-guest/account/login')
    const bad = await client
      .post('/s/wish-guest/wishlist')
      .withGuard('customer')
      .loginAs(customer)
      .withCsrfToken()
      .redirects(0)
      .form({ productId: 'not-a-uuid' })
    assertFieldError(bad, 'productId', 'This product does not exist.')
    const unknown = await client
      .post('/s/wish-guest/wishlist')
      .withGuard('customer')
      .loginAs(customer)
      .withCsrfToken()
      .redirects(0)
      .form({ productId: '0190a0a0-0000-7000-8000-000000000000' })
    assertFieldError(unknown, 'productId', 'This product does not exist.')
  })
})

test.group('Storefront: newsletter', () => {
  test('signing up needs the consent box; the consent is stored and announced', async ({
    client,
    assert,
  }) => {
    const subscribed = probeEvent('storefront.newsletter.subscribed')
    const { tenant } = await makeShop({ slug: 'news-shop', name: 'Petal' })
    const refused = await client
      .post('/s/news-shop/newsletter')
      .withCsrfToken()
      .redirects(0)
      .form({ email: 'ana@example.com' })
    assertFieldError(refused, 'consent', 'Tick the box to agree to receive the newsletter.')
    const badEmail = await client
      .post('/s/news-shop/newsletter')
      .withCsrfToken()
      .redirects(0)
      .form({ email: 'not-an-email', consent: 'true' })
    assertFieldError(badEmail, 'email', 'Enter a valid email address.')
    assert.equal(
      await withTenant(tenant.id, () =>
        NewsletterSubscriber.query()
          .count('* as total')
          .then(([row]) => Number(row.$extras.total))
      ),
      0
    )

    const accepted = await client
      .post('/s/news-shop/newsletter')
      .withCsrfToken()
      .form({ email: 'Ana@Example.com', consent: 'true' })
      .redirects(0)
    accepted.assertStatus(302)
    const again = await client
      .post('/s/news-shop/newsletter')
      .withCsrfToken()
      .form({ email: 'ana@example.com', consent: 'true' })
      .redirects(0)
    again.assertStatus(302)

    const subscribers = await withTenant(tenant.id, () => NewsletterSubscriber.all())
    assert.lengthOf(subscribers, 1)
    assert.equal(subscribers[0].email, 'ana@example.com')
    assert.equal(subscribers[0].source, 'footer')
    assert.equal(
      subscribers[0].consentText,
      'I agree to receive the Petal newsletter by email. I can unsubscribe at any time.'
    )
    assert.isNotNull(subscribers[0].consentedAt)
    await runQueuedJobs()
    assert.deepEqual(
      subscribed.map((payload) => payload.subscriberId),
      [subscribers[0].id]
    )
  })
})
