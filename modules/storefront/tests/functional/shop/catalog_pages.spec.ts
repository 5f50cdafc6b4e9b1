import { randomUUID } from 'node:crypto'
import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { CatalogReader } from '#kernel/contracts/catalog_reader'
import { CartActions } from '#kernel/contracts/cart_actions'
import { makeCustomer } from '#tests/support/factories'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { MissingTenantContextException } from '#kernel/tenancy/tenant_context'
import {
  makeCategory,
  makeProduct,
  makeShop,
} from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder, makeReview } from '#modules/storefront/tests/support/shop_factories'
import { refreshProductRating } from '#modules/storefront/shop/reviews'
import ShopPage from '#modules/storefront/models/shop_page'

type Card = { name: string; slug: string; priceMinor: number }

function names(props: Record<string, any>) {
  return (props.results.products as Card[]).map((product) => product.name)
}

async function beautyShop(slug: string) {
  const { tenant, owner } = await makeShop({ slug, name: 'Glow Lab' })
  const skincare = await makeCategory(tenant, { name: 'Skincare', slug: 'skincare' })
  const serums = await makeCategory(tenant, {
    name: 'Serums',
    slug: 'serums',
    parentId: skincare.id,
  })
  const makeup = await makeCategory(tenant, { name: 'Makeup', slug: 'makeup' })
  const serum = await makeProduct(tenant, {
    name: 'Vitamin C Serum',
    slug: 'vitamin-c-serum',
    categoryId: serums.id,
    priceMinor: 2400,
    attributes: { skin_types: ['Dry', 'Normal'], concerns: ['Dullness'] },
    descriptionHtml: '<p>A brightening serum with <strong>vitamin C</strong>.</p>',
    options: { Size: ['15 ml', '30 ml'] },
  })
  const cream = await makeProduct(tenant, {
    name: 'Hydrating Cream',
    slug: 'hydrating-cream',
    categoryId: skincare.id,
    priceMinor: 3200,
    attributes: { skin_types: ['Dry'] },
  })
  const gel = await makeProduct(tenant, {
    name: 'Oil Control Gel',
    slug: 'oil-control-gel',
    categoryId: skincare.id,
    priceMinor: 1500,
    stock: 0,
    attributes: { skin_types: ['Oily'] },
  })
  const lipstick = await makeProduct(tenant, {
    name: 'Velvet Lipstick',
    slug: 'velvet-lipstick',
    categoryId: makeup.id,
    priceMinor: 1800,
  })
  await makeProduct(tenant, { name: 'Hidden Draft Serum', status: 'draft' })
  return { tenant, owner, skincare, serums, makeup, serum, cream, gel, lipstick }
}

test.group('Storefront: category, search and facets', () => {
  test('a category lists its own products and its sub-categories’ products', async ({
    client,
    assert,
  }) => {
    await beautyShop('glow-cat')
    const response = await client.get('/s/glow-cat/categories/skincare').withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('storefront/shop/category')
    const props = response.inertiaProps
    assert.sameMembers(names(props), ['Vitamin C Serum', 'Hydrating Cream', 'Oil Control Gel'])
    assert.deepEqual(props.subcategories, [{ name: 'Serums', slug: 'serums' }])
    assert.equal(props.results.total, 3)
    assert.match(props.seo.canonicalUrl, /^http:\/\/[^/]+\/s\/glow-cat\/categories\/skincare$/)

    const missing = await client.get('/s/glow-cat/categories/nope')
    missing.assertStatus(404)
  })

  test('search finds products by words, and despite a typo', async ({ client, assert }) => {
    await beautyShop('glow-search')
    const exact = await client.get('/s/glow-search/search?q=serum').withInertia()
    assert.deepEqual(names(exact.inertiaProps), ['Vitamin C Serum'], 'drafts are never shown')

    const typo = await client.get('/s/glow-search/search?q=hydratng%20crem').withInertia()
    assert.deepEqual(names(typo.inertiaProps), ['Hydrating Cream'])

    const description = await client.get('/s/glow-search/search?q=brightening').withInertia()
    assert.deepEqual(names(description.inertiaProps), ['Vitamin C Serum'])

    const nothing = await client.get('/s/glow-search/search?q=zzzzqqq').withInertia()
    assert.equal(nothing.inertiaProps.results.total, 0)
  })

  test('filters by attribute, price and stock, with facet counts', async ({ client, assert }) => {
    await beautyShop('glow-filter')
    const all = await client.get('/s/glow-filter/search').withInertia()
    const skinTypes = all.inertiaProps.facets.attributes.find(
      (facet: { key: string }) => facet.key === 'skin_types'
    )
    assert.deepInclude(skinTypes.options, { value: 'Dry', count: 2, selected: false })
    assert.deepInclude(skinTypes.options, { value: 'Oily', count: 1, selected: false })
    assert.equal(all.inertiaProps.facets.inStockCount, 3)

    const dry = await client.get('/s/glow-filter/search?attr[skin_types][]=Dry').withInertia()
    assert.sameMembers(names(dry.inertiaProps), ['Vitamin C Serum', 'Hydrating Cream'])
    const dryFacet = dry.inertiaProps.facets.attributes.find(
      (facet: { key: string }) => facet.key === 'skin_types'
    )
    assert.deepInclude(
      dryFacet.options,
      { value: 'Oily', count: 1, selected: false },
      'a chosen attribute still counts its other values'
    )
    const concerns = dry.inertiaProps.facets.attributes.find(
      (facet: { key: string }) => facet.key === 'concerns'
    )
    assert.deepEqual(concerns.options, [{ value: 'Dullness', count: 1, selected: false }])

    const either = await client
      .get('/s/glow-filter/search?attr[skin_types][]=Dry&attr[skin_types][]=Oily')
      .withInertia()
    assert.lengthOf(names(either.inertiaProps), 3)

    const cheap = await client.get('/s/glow-filter/search?min=16&max=25').withInertia()
    assert.sameMembers(names(cheap.inertiaProps), ['Vitamin C Serum', 'Velvet Lipstick'])

    const inStock = await client.get('/s/glow-filter/search?in_stock=1').withInertia()
    assert.notInclude(names(inStock.inertiaProps), 'Oil Control Gel')
    assert.lengthOf(names(inStock.inertiaProps), 3)
  })

  test('sorts by price, rating and newest, and pages', async ({ client, assert }) => {
    const { tenant, cream, lipstick } = await beautyShop('glow-sort')
    const asc = await client.get('/s/glow-sort/search?sort=price_asc').withInertia()
    assert.deepEqual(names(asc.inertiaProps), [
      'Oil Control Gel',
      'Velvet Lipstick',
      'Vitamin C Serum',
      'Hydrating Cream',
    ])
    const desc = await client.get('/s/glow-sort/search?sort=price_desc').withInertia()
    assert.equal(names(desc.inertiaProps)[0], 'Hydrating Cream')

    await makeReview(tenant, lipstick, { rating: 5 })
    await makeReview(tenant, cream, { rating: 3 })
    await withTenant(tenant.id, async () => {
      await refreshProductRating(lipstick.id)
      await refreshProductRating(cream.id)
    })
    const rated = await client.get('/s/glow-sort/search?sort=rating').withInertia()
    assert.deepEqual(names(rated.inertiaProps).slice(0, 2), ['Velvet Lipstick', 'Hydrating Cream'])

    for (let index = 0; index < 24; index++) {
      await makeProduct(tenant, { name: `Filler ${index}` })
    }
    const second = await client.get('/s/glow-sort/search?page=2').withInertia()
    assert.equal(second.inertiaProps.results.page, 2)
    assert.equal(second.inertiaProps.results.lastPage, 2)
    assert.lengthOf(names(second.inertiaProps), 4)
  })

  test('nonsense in the query string is ignored, never a 500', async ({ client, assert }) => {
    await beautyShop('glow-junk')
    for (const query of [
      'page=-3&sort=drop&min=abc&max=1e99',
      'attr=Dry',
      'attr[Bad Key][]=x&attr[skin_types][x]=Dry',
      `q=${'a'.repeat(500)}`,
      'q[]=1&q[]=2',
    ]) {
      const response = await client.get(`/s/glow-junk/search?${query}`).withInertia()
      response.assertStatus(200)
      assert.isArray(response.inertiaProps.results.products)
    }
  })
})

test.group('Storefront: product page and SEO', () => {
  test('shows the product with variants, stock, attributes and approved reviews only', async ({
    client,
    assert,
  }) => {
    const { tenant, serum, cream } = await beautyShop('glow-product')
    await makeReview(tenant, serum, { rating: 4, body: 'Visible glow after a week.' })
    await makeReview(tenant, serum, { rating: 2, body: 'Waiting for approval.', status: 'pending' })
    await withTenant(tenant.id, () => refreshProductRating(serum.id))

    const response = await client.get('/s/glow-product/products/vitamin-c-serum').withInertia()
    response.assertStatus(200)
    const props = response.inertiaProps
    assert.equal(props.product.name, 'Vitamin C Serum')
    assert.deepEqual(props.product.options, [{ name: 'Size', values: ['15 ml', '30 ml'] }])
    assert.lengthOf(props.product.variants, 2)
    assert.isTrue(props.product.variants[0].inStock)
    assert.deepInclude(props.product.attributes, {
      key: 'skin_types',
      label: 'Skin type',
      values: ['Dry', 'Normal'],
    })
    assert.deepEqual(
      props.reviews.map((review: { body: string }) => review.body),
      ['Visible glow after a week.']
    )
    assert.equal(props.product.reviewCount, 1)
    assert.equal(props.product.ratingAverage, 4)
    assert.deepEqual(props.trail, [
      { name: 'Skincare', slug: 'skincare' },
      { name: 'Serums', slug: 'serums' },
    ])
    assert.include(
      props.related.map((product: Card) => product.slug),
      cream.slug,
      'related products come from the same family'
    )

    const draft = await client.get('/s/glow-product/products/hidden-draft-serum')
    draft.assertStatus(404)
  })

  test('server-rendered HTML carries title, description, canonical, Open Graph and JSON-LD', async ({
    client,
    assert,
  }) => {
    const { tenant, serum } = await beautyShop('glow-seo')
    await makeReview(tenant, serum, { rating: 5 })
    await withTenant(tenant.id, () => refreshProductRating(serum.id))
    const response = await client.get('/s/glow-seo/products/vitamin-c-serum')
    response.assertStatus(200)
    const html = response.text()
    assert.include(html, '<title data-inertia="title">Vitamin C Serum · Glow Lab</title>')
    assert.match(
      html,
      /<meta[^>]+name="description"[^>]+content="A brightening serum with vitamin C\."/
    )
    assert.match(
      html,
      /<link[^>]+rel="canonical"[^>]+href="http:\/\/[^"]+\/s\/glow-seo\/products\/vitamin-c-serum"/
    )
    assert.match(html, /<meta[^>]+property="og:type"[^>]+content="product"/)

    const json = /<script[^>]+type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(html)
    assert.isNotNull(json, 'structured data is in the server-rendered head')
    const data = JSON.parse(json![1])
    assert.equal(data['@type'], 'Product')
    assert.equal(data.name, 'Vitamin C Serum')
    assert.lengthOf(data.offers, 2)
    assert.deepInclude(data.offers[0], {
      '@type': 'Offer',
      'price': '24.00',
      'priceCurrency': 'GBP',
      'availability': 'https://schema.org/InStock',
    })
    assert.deepEqual(data.aggregateRating, {
      '@type': 'AggregateRating',
      'ratingValue': 5,
      'reviewCount': 1,
    })
  })

  test('a product name cannot break out of the head or the structured data', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'glow-evil' })
    await makeProduct(tenant, {
      name: '</title><script>alert(1)</script>',
      slug: 'evil',
      descriptionHtml:
        '<p onclick="steal()">Nice</p><script>alert(2)</script><img src=x onerror=alert(3)>',
    })
    const response = await client.get('/s/glow-evil/products/evil')
    response.assertStatus(200)
    const html = response.text()
    assert.notInclude(html, '<script>alert(1)</script>')
    assert.notInclude(html, '<script>alert(2)</script>')
    assert.notInclude(html, 'onerror=alert(3)')
    assert.notInclude(html, 'onclick="steal()"')
    assert.include(html, '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  test('sitemap.xml lists products, categories and pages with absolute URLs; robots.txt points at it', async ({
    client,
    assert,
  }) => {
    const { tenant } = await beautyShop('glow-map')
    await withTenant(tenant.id, () =>
      ShopPage.create({ slug: 'draft-page', title: 'Draft', bodyHtml: '', published: false })
    )
    const response = await client.get('/s/glow-map/sitemap.xml')
    response.assertStatus(200)
    assert.include(response.header('content-type'), 'application/xml')
    const xml = response.text()
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    for (const loc of locs) assert.match(loc, /^http:\/\/[^/]+\/s\/glow-map\//)
    const paths = locs.map((loc) => new URL(loc).pathname)
    assert.includeMembers(paths, [
      '/s/glow-map/',
      '/s/glow-map/products/vitamin-c-serum',
      '/s/glow-map/categories/skincare',
      '/s/glow-map/categories/serums',
      '/s/glow-map/pages/about',
    ])
    assert.notInclude(paths, '/s/glow-map/pages/draft-page')
    assert.isFalse(paths.some((path) => path.includes('hidden-draft')))

    const robots = await client.get('/s/glow-map/robots.txt')
    robots.assertStatus(200)
    assert.match(robots.text(), /Sitemap: http:\/\/[^/]+\/s\/glow-map\/sitemap\.xml/)
  })

  test('content pages render their sanitized body; unpublished ones are 404', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'glow-pages' })
    await withTenant(tenant.id, async () => {
      await ShopPage.updateOrCreate(
        { slug: 'about' },
        { title: 'About us', bodyHtml: '<p>We love skin.</p><script>alert(1)</script>' }
      )
      await ShopPage.create({ slug: 'secret', title: 'Secret', bodyHtml: '', published: false })
    })
    const page = await client.get('/s/glow-pages/pages/about').withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.page.bodyHtml, '<p>We love skin.</p>')
    const footer = page.inertiaProps.shop.footerLinks.map((link: { href: string }) => link.href)
    assert.include(footer, '/s/glow-pages/pages/about')
    assert.notInclude(footer, '/s/glow-pages/pages/secret')
    ;(await client.get('/s/glow-pages/pages/secret')).assertStatus(404)
  })

  test('the shop home shows the theme, featured categories and products', async ({
    client,
    assert,
  }) => {
    await beautyShop('glow-home')
    const home = await client.get('/s/glow-home').withInertia()
    home.assertStatus(200)
    home.assertInertiaComponent('storefront/shop/home')
    const props = home.inertiaProps
    assert.equal(props.hero.title, 'Welcome to Glow Lab')
    assert.sameMembers(
      props.categories.map((category: { slug: string }) => category.slug),
      ['skincare', 'makeup']
    )
    assert.lengthOf(props.newArrivals, 4)
    assert.deepEqual(props.shop.menu.map((link: { href: string }) => link.href).sort(), [
      '/s/glow-home/categories/makeup',
      '/s/glow-home/categories/skincare',
    ])
    assert.equal(props.shop.cartItemCount, 0)
  })
})

test.group('Storefront: shop header and home sections', () => {
  test('the header counts the units in this browser’s cart (signed cookie only)', async ({
    client,
    assert,
  }) => {
    const { tenant, serum, cream } = await beautyShop('glow-cart')
    const carts = await app.container.make(CartActions)
    const cart = await withTenant(tenant.id, async () => {
      await carts.add({ cartId: null, variantId: serum.variants[0].id, quantity: 2 })
      const created = await carts.add({
        cartId: null,
        variantId: cream.variants[0].id,
        quantity: 1,
      })
      return carts.add({ cartId: created.id, variantId: serum.variants[1].id, quantity: 2 })
    })
    const signed = await client.get('/s/glow-cart/search').withCookie('cart', cart.id).withInertia()
    assert.equal(signed.inertiaProps.shop.cartItemCount, 3)
    const forged = await client
      .get('/s/glow-cart/search')
      .withPlainCookie('cart', cart.id)
      .withInertia()
    assert.equal(forged.inertiaProps.shop.cartItemCount, 0)
  })

  test('best sellers come from paid orders, new arrivals from the latest products', async ({
    client,
    assert,
  }) => {
    const { tenant, lipstick, gel } = await beautyShop('glow-best')
    const buyer = await makeCustomer(tenant.id)
    await makeOrder(tenant, buyer, lipstick)
    await makeOrder(tenant, buyer, lipstick)
    await makeOrder(tenant, buyer, gel)
    await makeOrder(tenant, buyer, gel, { paid: false })
    await makeOrder(tenant, buyer, gel, { paid: false })
    const home = await client.get('/s/glow-best').withInertia()
    assert.deepEqual(
      home.inertiaProps.bestSellers.slice(0, 2).map((product: Card) => product.name),
      ['Velvet Lipstick', 'Oil Control Gel']
    )
    assert.lengthOf(home.inertiaProps.bestSellers, 4, 'topped up with other products')
  })
})

test.group('Storefront: CatalogReader contract', () => {
  test('searches and reads products of the current workspace only', async ({ assert }) => {
    const first = await beautyShop('reader-a')
    const second = await makeShop({ slug: 'reader-b' })
    await makeProduct(second.tenant, { name: 'Vitamin C Serum B', slug: 'vitamin-c-serum' })
    const reader = await app.container.make(CatalogReader)

    await withTenant(first.tenant.id, async () => {
      const found = await reader.search({ text: 'vitamn serum' })
      assert.deepEqual(
        found.map((product) => product.name),
        ['Vitamin C Serum']
      )
      assert.equal(found[0].path, '/products/vitamin-c-serum')
      const filtered = await reader.search({ attributes: { skin_types: ['Oily'] } })
      assert.deepEqual(
        filtered.map((product) => product.name),
        ['Oil Control Gel']
      )
      const inCategory = await reader.search({ categorySlug: 'makeup' })
      assert.deepEqual(
        inCategory.map((product) => product.name),
        ['Velvet Lipstick']
      )
      const detail = await reader.getProduct('vitamin-c-serum')
      assert.equal(detail?.id, first.serum.id)
      assert.equal(detail?.descriptionText, 'A brightening serum with vitamin C.')
      assert.lengthOf(detail!.variants, 2)
      assert.isNull(await reader.getProduct(randomUUID()))
    })

    await withTenant(second.tenant.id, async () => {
      assert.isNull(await reader.getProduct(first.serum.id), 'another workspace’s id is unknown')
      const found = await reader.search({ text: 'serum' })
      assert.deepEqual(
        found.map((product) => product.name),
        ['Vitamin C Serum B']
      )
    })

    await assert.rejects(() => reader.search({ text: 'serum' }), MissingTenantContextException)
  })
})
