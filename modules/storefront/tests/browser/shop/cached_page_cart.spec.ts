import { test } from '@japa/runner'
import env from '#start/env'
import {
  makeCategory,
  makeProduct,
  makeShop,
} from '#modules/storefront/tests/support/storefront_factories'

const SHOTS = '/tmp/shots'

/** Asks as a browser's first visit would (no cookie) until the page comes from the cache. */
async function warm(url: string) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(url)
    await response.arrayBuffer()
    if (response.headers.get('x-wrencos-cache') === 'hit') return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} was never answered from the cache`)
}

test.group('Storefront in a browser: page cache', () => {
  test('a visitor landing on a cached category page opens a product and adds it to the cart', async ({
    browser,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'cached-petal', name: 'Cached Petal' })
    const skincare = await makeCategory(tenant, { name: 'Skincare', slug: 'skincare' })
    await makeProduct(tenant, {
      name: 'Hydrating Cream',
      slug: 'hydrating-cream',
      categoryId: skincare.id,
      priceMinor: 3200,
    })
    const url = `${env.get('APP_URL')}/s/cached-petal/categories/skincare`
    await warm(url)

    const context = await browser.newContext()
    const page = await context.newPage()
    const landing = await page.goto(url)
    assert.equal(landing?.headers()['x-wrencos-cache'], 'hit')
    assert.isUndefined(landing?.headers()['set-cookie'])
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('heading', { name: 'Skincare', level: 1 }).waitFor()
    await page.screenshot({ path: `${SHOTS}/shop_cached_category.png`, fullPage: true })

    await page.getByRole('link', { name: 'Hydrating Cream' }).click()
    await page.waitForURL('**/s/cached-petal/products/hydrating-cream')
    await page.getByRole('heading', { name: 'Hydrating Cream', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await page.getByText('Hydrating Cream is in your cart.').waitFor()
    await page.getByRole('link', { name: 'Cart, 1 item' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/shop_cached_added.png`, fullPage: true })

    const cookies = await context.cookies()
    assert.isTrue(cookies.some((cookie) => cookie.name === 'cart'))
    await context.close()
  })
})
