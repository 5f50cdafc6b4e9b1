import { test } from '@japa/runner'
import env from '#start/env'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { updateModuleSettings } from '#kernel/modules/module_lifecycle'
import {
  makeCategory,
  makeProduct,
  makeShop,
} from '#modules/storefront/tests/support/storefront_factories'

const SHOTS = '/tmp/shots'

test.group('Storefront in a browser', () => {
  test('browse a category, search with a typo and filter by skin type', async ({
    visit,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'petal', name: 'Petal & Co' })
    await withTenant(tenant.id, () =>
      updateModuleSettings(
        'storefront',
        {
          theme: {
            accentColor: '#7b2d5b',
            heroTitle: 'Skincare that loves you back',
            heroText: 'Clean formulas for every skin type.',
          },
        },
        { actor: null }
      )
    )
    const skincare = await makeCategory(tenant, { name: 'Skincare', slug: 'skincare' })
    await makeCategory(tenant, { name: 'Makeup', slug: 'makeup' })
    await makeProduct(tenant, {
      name: 'Hydrating Cream',
      categoryId: skincare.id,
      priceMinor: 3200,
      attributes: { skin_types: ['Dry', 'Normal'] },
    })
    await makeProduct(tenant, {
      name: 'Oil Control Gel',
      categoryId: skincare.id,
      priceMinor: 1500,
      attributes: { skin_types: ['Oily'] },
    })
    await makeProduct(tenant, {
      name: 'Vitamin C Serum',
      categoryId: skincare.id,
      priceMinor: 2400,
      attributes: { skin_types: ['Dry'] },
      options: { Size: ['15 ml', '30 ml'] },
    })

    const page = await visit('/s/petal')
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('heading', { name: 'Skincare that loves you back' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/shop_home.png`, fullPage: true })

    await page
      .getByRole('navigation', { name: 'Shop menu' })
      .getByRole('link', { name: 'Skincare' })
      .click()
    await page.waitForURL('**/s/petal/categories/skincare')
    await page.getByRole('heading', { name: 'Skincare', level: 1 }).waitFor()
    await page.getByText('3 products').waitFor()
    await page.screenshot({ path: `${SHOTS}/shop_category.png`, fullPage: true })

    await page.getByRole('search').first().getByLabel('Search products').fill('hydratng')
    await page.getByRole('search').first().getByLabel('Search products').press('Enter')
    await page.waitForURL('**/s/petal/search?q=hydratng')
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('1 product', { exact: true }).waitFor()
    const found = await page.locator('[data-product]').allTextContents()
    assert.lengthOf(found, 1)
    assert.include(found[0], 'Hydrating Cream')
    await page.screenshot({ path: `${SHOTS}/shop_search_typo.png`, fullPage: true })

    await page.goto(page.url().replace(/search\?.*/, 'search'))
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('3 products').waitFor()
    await page.getByRole('checkbox', { name: 'Oily (1)' }).click()
    await page.waitForURL(/attr%5Bskin_types%5D%5B%5D=Oily/)
    await page.getByText('1 product', { exact: true }).waitFor()
    const filtered = await page.locator('[data-product]').allTextContents()
    assert.lengthOf(filtered, 1)
    assert.include(filtered[0], 'Oil Control Gel')
    assert.isTrue(await page.getByRole('checkbox', { name: 'Oily (1)' }).isChecked())
    await page.screenshot({ path: `${SHOTS}/shop_filter.png`, fullPage: true })

    await page.getByRole('link', { name: 'Oil Control Gel' }).click()
    await page.waitForURL('**/s/petal/products/**')
    await page.getByRole('heading', { name: 'Oil Control Gel', level: 1 }).waitFor()
    await page.screenshot({ path: `${SHOTS}/shop_product.png`, fullPage: true })
    await page.getByRole('button', { name: 'Add to cart' }).click()
    await page.getByText('Oil Control Gel is in your cart.').waitFor()
    await page.getByRole('link', { name: 'Cart, 1 item' }).waitFor()
  })

  test('the shop works on a phone: search box, filters drawer and variant picker', async ({
    browser,
    assert,
  }) => {
    const { tenant } = await makeShop({ slug: 'petal-mobile', name: 'Petal Mobile' })
    const skincare = await makeCategory(tenant, { name: 'Skincare', slug: 'skincare' })
    await makeProduct(tenant, {
      name: 'Vitamin C Serum',
      slug: 'vitamin-c-serum',
      categoryId: skincare.id,
      priceMinor: 2400,
      attributes: { skin_types: ['Dry'] },
      options: { Size: ['15 ml', '30 ml'] },
    })
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${env.get('APP_URL')}/s/petal-mobile/products/vitamin-c-serum`)
    await page.locator('body[data-ready]').waitFor()
    await page.locator('label', { hasText: '30 ml' }).click()
    assert.isTrue(await page.getByRole('radio', { name: '30 ml' }).isChecked())
    await page.getByText('In stock').waitFor()
    await page.screenshot({ path: `${SHOTS}/shop_product_mobile.png`, fullPage: true })
    await page.goto(`${env.get('APP_URL')}/s/petal-mobile/categories/skincare`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('button', { name: 'Filters' }).click()
    const drawer = page.getByRole('dialog', { name: 'Filters' })
    await drawer.getByText('Skin type').waitFor()
    await drawer.getByRole('checkbox', { name: 'Dry (1)' }).waitFor({ state: 'visible' })
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${SHOTS}/shop_filters_mobile.png` })
    await context.close()
  })
})
