import { mkdir, writeFile } from 'node:fs/promises'
import app from '@adonisjs/core/services/app'
import { test } from '@japa/runner'
import sharp from 'sharp'
import { runQueuedJobs } from '#tests/support/queue'
import type { Page } from 'playwright'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD } from '#tests/support/factories'
import Category from '#modules/storefront/models/category'
import Product from '#modules/storefront/models/product'
import Variant from '#modules/storefront/models/variant'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop } from '#modules/storefront/tests/support/catalog_factories'

const SHOTS = '/tmp/shots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function pngFile() {
  const folder = app.tmpPath('catalog-uploads')
  await mkdir(folder, { recursive: true })
  const path = `${folder}/lip-tint.png`
  const photo = sharp({
    create: { width: 800, height: 800, channels: 3, background: { r: 176, g: 58, b: 90 } },
  })
  await writeFile(path, await photo.png().toBuffer())
  return path
}

/**
 * Picks an option of a Mantine select. Under load a click can land while
 * the dropdown is still settling and close it again, so it is retried.
 */
async function choose(page: Page, label: string, option: string) {
  const choice = page.getByRole('option', { name: option })
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.getByRole('combobox', { name: label }).click()
    const shown = await choice.waitFor({ state: 'visible', timeout: 5000 }).then(
      () => true,
      () => false
    )
    if (shown) {
      await choice.click()
      return
    }
  }
  throw new Error(`The option ${option} of ${label} never showed`)
}

test.group('Catalog in a browser', () => {
  test('creates a product with a formatted description through the form', async ({
    visit,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop('atelier-rose')
    await makeCategory(tenant, { name: 'Lips', slug: 'lips' })
    const page = await visit(`${base}/products`)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}/products`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('No products yet.').waitFor()
    await page.getByRole('link', { name: 'Products' }).first().waitFor()

    await page.getByRole('link', { name: 'New product' }).click()
    await page.waitForURL(`**${base}/products/new`)
    await page.locator('body[data-ready]').waitFor()

    await page.getByRole('button', { name: 'Create product' }).click()
    await page.getByText('Some fields need your attention.').waitFor()

    await page.locator('input[name="name"]').fill('Velvet Lip Tint')
    const editor = page.locator('[data-field="description"] .ProseMirror')
    await editor.click()
    await page.keyboard.type('A long-wearing tint. ')
    await page.keyboard.press('Control+b')
    await page.keyboard.type('Vegan')
    await page.keyboard.press('Control+b')
    await page.keyboard.type(' and fragrance free.')
    await page.locator('input[name="price"]').fill('18.50')
    await page.locator('input[name="compare_at_price"]').fill('22')
    await page.locator('input[name="sku"]').fill('LIP-VEL-01')
    await page.locator('input[name="stock"]').fill('12')
    await choose(page, 'Status', 'Active')
    await choose(page, 'Category', 'Lips')
    await choose(page, 'Finish', 'Satin')
    await page.getByRole('combobox', { name: 'Tags' }).fill('lips')
    await page.keyboard.press('Enter')
    await page.screenshot({ path: `${SHOTS}/catalog_product_form.png`, fullPage: true })

    await page.getByRole('button', { name: 'Create product' }).click()
    await page.getByText('Product “Velvet Lip Tint” created. Add its images below.').waitFor()
    await page.getByRole('heading', { name: 'Images' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/catalog_product_created.png`, fullPage: true })

    const product = await withTenant(tenant.id, () =>
      Product.query().preload('category').preload('variants').firstOrFail()
    )
    assert.equal(product.name, 'Velvet Lip Tint')
    assert.equal(product.status, 'active')
    assert.equal(product.priceMinor, 1850)
    assert.equal(product.compareAtMinor, 2200)
    assert.equal(product.category.name, 'Lips')
    assert.deepEqual(product.attributes, { finish: 'Satin' })
    assert.deepEqual(product.tags, ['lips'])
    assert.equal(
      product.descriptionHtml,
      '<p>A long-wearing tint. <strong>Vegan</strong> and fragrance free.</p>'
    )
    assert.equal(product.variants[0].sku, 'LIP-VEL-01')
    assert.equal(product.variants[0].stockOnHand, 12)

    await page.locator('input[type="file"]').setInputFiles(await pngFile())
    await page.getByRole('button', { name: 'Upload' }).click()
    await page.getByText('Image added.').waitFor()
    await page.getByRole('img', { name: 'Velvet Lip Tint' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/catalog_product_images.png`, fullPage: true })

    await page.getByRole('link', { name: 'Products' }).first().click()
    await page.locator('[data-product="velvet-lip-tint"] img').waitFor()
    await page.screenshot({ path: `${SHOTS}/catalog_products.png`, fullPage: true })
  })

  test('imports a CSV and follows its progress', async ({ visit }) => {
    const { owner, base } = await makeCatalogShop('atelier-csv')
    const folder = app.tmpPath('catalog-imports')
    await mkdir(folder, { recursive: true })
    const csv = `${folder}/browser.csv`
    await writeFile(
      csv,
      'name,slug,price,stock\nRose Mist,rose-mist,12.5,4\nBroken,broken,free,1\nIris Balm,,9,2\n'
    )
    const page = await visit(`${base}/product-imports`)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}/product-imports`)
    await page.locator('body[data-ready]').waitFor()
    await page.locator('input[type="file"]').setInputFiles(csv)
    await page.getByLabel('Skip bad rows and import the others').check()
    await page.getByRole('button', { name: 'Start' }).click()
    await page.waitForURL(`**${base}/product-imports/*`)
    await page.getByText('Waiting to start').waitFor()
    await runQueuedJobs()
    await page.getByText('Imported 2 rows; skipped 1 with problems.').waitFor()
    await page.getByRole('cell', { name: 'Price must be a number.' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/catalog_import.png`, fullPage: true })
  })

  test('builds a category tree and refuses deleting a parent', async ({ visit, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop('atelier-tree')
    const page = await visit(`${base}/categories`)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}/categories`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('No categories yet.').waitFor()

    await page.getByRole('button', { name: 'New category' }).click()
    const dialog = page.getByRole('dialog', { name: 'New category' })
    await dialog.locator('input[name="name"]').fill('Skincare')
    await dialog.getByRole('button', { name: 'Create category' }).click()
    await page.locator('[data-category="skincare"]').waitFor()

    await page
      .locator('[data-category="skincare"]')
      .getByRole('button', { name: 'Subcategory' })
      .click()
    const child = page.getByRole('dialog', { name: 'New category' })
    await child.locator('input[name="name"]').fill('Serums')
    await child.getByRole('button', { name: 'Create category' }).click()
    await page.locator('[data-category="serums"][data-depth="1"]').waitFor()

    await page.locator('[data-category="skincare"]').getByRole('button', { name: 'Delete' }).click()
    await page.getByRole('dialog', { name: 'Skincare has subcategories' }).waitFor()
    // Let the dialog finish its opening transition before the screenshot.
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${SHOTS}/catalog_categories.png`, fullPage: true })
    await page.keyboard.press('Escape')

    await page.locator('[data-category="serums"]').getByRole('button', { name: 'Delete' }).click()
    await page
      .getByRole('dialog', { name: 'Delete Serums?' })
      .getByRole('button', { name: 'Delete category' })
      .click()
    await page.getByText('Category “Serums” deleted.').waitFor()
    const names = await withTenant(tenant.id, async () => {
      const categories = await Category.all()
      return categories.map((category) => category.name)
    })
    assert.deepEqual(names, ['Skincare'])

    await page.getByRole('tab', { name: 'Attributes' }).click()
    await page.waitForURL(`**${base}/attributes`)
    await page.locator('[data-attribute="finish"]').getByRole('button', { name: 'Edit' }).click()
    const finish = page.getByRole('dialog', { name: 'Edit Finish' })
    await finish.locator('input[name="label"]').fill('Finish look')
    await finish.getByRole('button', { name: 'Save attribute' }).click()
    await page.getByText('Attribute “Finish look” saved.').waitFor()
    await finish.waitFor({ state: 'hidden' })
    await page.screenshot({ path: `${SHOTS}/catalog_attributes.png`, fullPage: true })
  })

  test('creates a product with shades, each with its own price and stock', async ({
    visit,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop('atelier-shades')
    const page = await visit(`${base}/products/new`)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}/products/new`)
    await page.locator('body[data-ready]').waitFor()

    await page.locator('input[name="name"]').fill('Silk Foundation')
    await page.locator('input[name="price"]').fill('30')
    await page.getByRole('button', { name: 'Add option' }).click()
    await page.getByLabel('Option', { exact: true }).fill('Shade')
    const values = page.getByRole('combobox', { name: 'Values' })
    await values.fill('Ivory')
    await page.keyboard.press('Enter')
    await values.fill('Sand')
    await page.keyboard.press('Enter')
    await page.getByLabel('Price of Sand', { exact: true }).fill('32.5')
    await page.getByLabel('SKU of Ivory').fill('SF-IV')
    await page.getByLabel('SKU of Sand').fill('SF-SA')
    await page.getByLabel('Stock of Ivory').fill('4')
    await page.getByLabel('Stock of Sand').fill('9')
    await page.screenshot({ path: `${SHOTS}/catalog_product_variants.png`, fullPage: true })
    await page.getByRole('button', { name: 'Create product' }).click()
    await page.getByText('Product “Silk Foundation” created. Add its images below.').waitFor()

    const variants = await withTenant(tenant.id, async () => {
      const product = await Product.findByOrFail('slug', 'silk-foundation')
      const rows = await Variant.query().where('product_id', product.id).orderBy('position')
      return rows.map((variant) => [
        variant.title,
        variant.priceMinor,
        variant.sku,
        variant.stockOnHand,
      ])
    })
    assert.deepEqual(variants, [
      ['Ivory', 3000, 'SF-IV', 4],
      ['Sand', 3250, 'SF-SA', 9],
    ])
    await page.getByLabel('Stock of Sand').waitFor()
  })

  test('changes the status and prices of selected products', async ({ visit, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop('atelier-bulk')
    const mist = await makeProduct(tenant, { name: 'Rose Mist', status: 'draft', priceMinor: 1000 })
    const balm = await makeProduct(tenant, { name: 'Iris Balm', status: 'draft', priceMinor: 2000 })
    const kept = await makeProduct(tenant, { name: 'Kept Cream', status: 'draft', priceMinor: 500 })
    const page = await visit(`${base}/products`)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}/products`)
    await page.locator('body[data-ready]').waitFor()

    await page.getByLabel('Select Rose Mist').check()
    await page.getByLabel('Select Iris Balm').check()
    await page.getByText('2 selected').waitFor()
    await page.getByRole('button', { name: 'Set status' }).click()
    await page.getByRole('menuitem', { name: 'Active' }).click()
    await page.getByText('2 product(s) set to active.').waitFor()

    await page.getByLabel('Select Rose Mist').check()
    await page.getByLabel('Select Iris Balm').check()
    await page.getByRole('button', { name: 'Change prices' }).click()
    const dialog = page.getByRole('dialog', { name: 'Change the prices of 2 product(s)' })
    await dialog.getByLabel('Change in %').fill('-10')
    await page.screenshot({ path: `${SHOTS}/catalog_bulk_price.png`, fullPage: true })
    await dialog.getByRole('button', { name: 'Change prices' }).click()
    await page.getByText('Prices of 2 product(s) changed.').waitFor()
    await page
      .locator('[data-product="' + mist.slug + '"]')
      .getByText('£9.00')
      .waitFor()

    const rows = await withTenant(tenant.id, async () => {
      const products = await Product.query().whereIn('id', [mist.id, balm.id, kept.id])
      return Object.fromEntries(
        products.map((product) => [product.name, [product.status, product.priceMinor]])
      )
    })
    assert.deepEqual(rows, {
      'Rose Mist': ['active', 900],
      'Iris Balm': ['active', 1800],
      'Kept Cream': ['draft', 500],
    })
  })
})
