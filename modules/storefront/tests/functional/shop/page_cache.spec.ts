import { test } from '@japa/runner'
import env from '#start/env'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Tenant from '#kernel/tenancy/models/tenant'
import Product from '#modules/storefront/models/product'
import { makeCustomer } from '#tests/support/factories'
import {
  makeCategory,
  makeProduct,
  makeShop,
} from '#modules/storefront/tests/support/storefront_factories'

const pause = () => new Promise((resolve) => setTimeout(resolve, 50))

/**
 * A browser's first visit: no cookie at all (the test client always sends
 * a session cookie). `inertia` asks for the page's JSON with that asset
 * version, as Inertia's client does when following a link.
 */
async function visit(url: string, options: { inertia?: string; cookie?: string } = {}) {
  const headers: Record<string, string> = {}
  if (options.inertia !== undefined) {
    headers['x-inertia'] = 'true'
    headers['x-inertia-version'] = options.inertia
  }
  if (options.cookie) headers.cookie = options.cookie
  const response = await fetch(`${env.get('APP_URL')}${url}`, { headers, redirect: 'manual' })
  return { response, text: await response.text() }
}

async function assetVersion(client: ApiClient, url: string): Promise<string> {
  const response = await client.get(url).withInertia()
  return response.body().version
}

/** An anonymous visitor's page, once it is answered from the cache. */
async function cachedPage(url: string, inertia?: string) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const page = await visit(url, { inertia })
    if (page.response.headers.get('x-wrencos-cache') === 'hit') return page
    await pause()
  }
  throw new Error(`${url} was never answered from the cache`)
}

/** Asks until the anonymous page shows `text`: changes arrive by a notification after the commit. */
async function eventuallyShows(url: string, text: string, inertia?: string) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const page = await visit(url, { inertia })
    if (page.response.status === 200 && page.text.includes(text)) return page
    await pause()
  }
  throw new Error(`${url} never showed ${text}`)
}

async function shopWithSerum(slug: string, name = 'Glow Lab') {
  const { tenant } = await makeShop({ slug, name })
  const category = await makeCategory(tenant, { name: 'Serums', slug: 'serums' })
  const serum = await makeProduct(tenant, {
    name: `${name} Serum`,
    slug: 'serum',
    categoryId: category.id,
    priceMinor: 2400,
    stock: 5,
  })
  return { tenant, category, serum }
}

test.group('Storefront: page cache for anonymous visitors', () => {
  test('the second anonymous visit is answered from the cache, without the first visitor’s cookies or CSRF token', async ({
    client,
    assert,
  }) => {
    await shopWithSerum('cache-basic')
    const url = '/s/cache-basic/categories/serums'
    const hit = await cachedPage(url)
    assert.equal(hit.response.status, 200)
    assert.include(hit.response.headers.get('content-type'), 'text/html')
    assert.include(hit.text, 'Glow Lab Serum')
    assert.isNull(
      hit.response.headers.get('set-cookie'),
      'no cookie of another visitor is replayed'
    )

    const filled = await visit(`${url}?page=1`)
    assert.equal(filled.response.headers.get('x-wrencos-cache'), 'miss')
    const cookies = filled.response.headers.getSetCookie()
    const xsrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))
    assert.exists(xsrf, 'the visitor who fills the cache gets their own cookies')
    const token = decodeURIComponent(xsrf!.split(';')[0].slice('XSRF-TOKEN='.length))
    const again = await cachedPage(`${url}?page=1`)
    assert.isNull(again.response.headers.get('set-cookie'))
    assert.equal(again.text, filled.text)
    assert.notInclude(again.text, token)

    const version = await assetVersion(client, url)
    const inertia = await cachedPage(url, version)
    assert.equal(inertia.response.headers.get('x-inertia'), 'true')
    const page = JSON.parse(inertia.text)
    assert.equal(page.component, 'storefront/shop/category')
    assert.isNull(page.props.csrfToken)
    assert.isNull(inertia.response.headers.get('set-cookie'))
  })

  test('a product change (model save, raw price and stock updates) reaches the cached pages', async ({
    client,
  }) => {
    const { tenant, serum } = await shopWithSerum('cache-products')
    const category = '/s/cache-products/categories/serums'
    const product = '/s/cache-products/products/serum'
    await cachedPage(category)
    await cachedPage(product)

    await withTenant(tenant.id, async () => {
      const row = await Product.findOrFail(serum.id)
      row.name = 'Glow Serum Plus'
      await row.save()
    })
    await eventuallyShows(category, 'Glow Serum Plus')

    const version = await assetVersion(client, product)
    await cachedPage(product, version)
    await withTenant(tenant.id, () =>
      db.from('storefront_variants').where('id', serum.variants[0].id).update({ price_minor: 9900 })
    )
    await eventuallyShows(product, '9900', version)

    await cachedPage(product, version)
    await withTenant(tenant.id, () =>
      db.from('storefront_variants').where('id', serum.variants[0].id).update({ stock_on_hand: 0 })
    )
    await eventuallyShows(product, '"inStock":false', version)
  })

  test('shop settings and the workspace’s own changes reach the cached pages', async () => {
    const { tenant } = await shopWithSerum('cache-settings')
    const home = '/s/cache-settings'
    await cachedPage(home)
    await withTenant(tenant.id, () =>
      db.rawQuery(
        `update tenant_modules set settings = coalesce(settings, '{}'::jsonb) || '{"theme":{"heroTitle":"Autumn sale"}}'::jsonb where module_key = 'storefront'`
      )
    )
    await eventuallyShows(home, 'Autumn sale')

    await cachedPage(home)
    const row = await Tenant.findOrFail(tenant.id)
    row.name = 'Glow Laboratory'
    await row.save()
    await eventuallyShows(home, 'Glow Laboratory')
  })

  test('a signed-in customer or a visitor with a cart never gets a cached page nor leaves theirs in it', async ({
    client,
    assert,
  }) => {
    const { tenant, serum } = await shopWithSerum('cache-people')
    const url = '/s/cache-people/categories/serums'
    const version = await assetVersion(client, url)
    const customer = await makeCustomer(tenant.id, 'ada@example.com')
    await withTenant(tenant.id, async () => {
      customer.name = 'Ada Lovelace'
      await customer.save()
    })

    for (let attempt = 0; attempt < 3; attempt++) {
      const signedIn = await client.get(url).withGuard('customer').loginAs(customer).withInertia()
      signedIn.assertStatus(200)
      assert.isUndefined(signedIn.header('x-wrencos-cache'))
      assert.equal(signedIn.inertiaProps.shop.customerName, 'Ada Lovelace')
    }

    const added = await client
      .post('/s/cache-people/cart/items')
      .json({ variantId: serum.variants[0].id, quantity: 2 })
      .accept('json')
      .withCsrfToken()
    added.assertStatus(200)
    const setCookies = [added.response.headers['set-cookie'] ?? []].flat() as string[]
    const cart = setCookies.find((cookie) => cookie.startsWith('cart='))?.split(';')[0]
    assert.exists(cart)
    for (let attempt = 0; attempt < 3; attempt++) {
      const withCart = await visit(url, { inertia: version, cookie: cart })
      assert.isNull(withCart.response.headers.get('x-wrencos-cache'))
      assert.equal(JSON.parse(withCart.text).props.shop.cartItemCount, 2)
    }

    const anonymous = await cachedPage(url, version)
    const props = JSON.parse(anonymous.text).props
    assert.isNull(props.shop.customerName)
    assert.equal(props.shop.cartItemCount, 0)
    const html = await cachedPage(url)
    assert.notInclude(html.text, 'Ada Lovelace')
  })

  test('a disabled shop module or a suspended workspace is not served from the cache', async () => {
    const first = await shopWithSerum('cache-closed')
    const url = '/s/cache-closed/categories/serums'
    await cachedPage(url)
    await withTenant(first.tenant.id, () => disableModule('storefront', { actor: null }))
    const disabled = await visit(url)
    if (disabled.response.status !== 404) {
      throw new Error(`a disabled shop answered ${disabled.response.status}`)
    }

    const second = await shopWithSerum('cache-suspended')
    const other = '/s/cache-suspended/categories/serums'
    await cachedPage(other)
    const row = await Tenant.findOrFail(second.tenant.id)
    row.status = 'suspended'
    await row.save()
    // The workspace row reaches the cache by a notification, once the change commits.
    for (let attempt = 0; ; attempt++) {
      const suspended = await visit(other)
      if (suspended.response.status === 423) break
      if (attempt > 60)
        throw new Error(`a suspended workspace answered ${suspended.response.status}`)
      await pause()
    }
  })

  test('one workspace’s cached page never answers for another (same path, other shop)', async ({
    client,
    assert,
  }) => {
    await shopWithSerum('cache-alpha', 'Alpha')
    await shopWithSerum('cache-beta', 'Beta')
    const version = await assetVersion(client, '/s/cache-alpha/categories/serums')
    const alpha = await cachedPage('/s/cache-alpha/categories/serums', version)
    const beta = await cachedPage('/s/cache-beta/categories/serums', version)
    assert.include(alpha.text, 'Alpha Serum')
    assert.notInclude(alpha.text, 'Beta Serum')
    assert.include(beta.text, 'Beta Serum')
    assert.notInclude(beta.text, 'Alpha Serum')
  })
})
