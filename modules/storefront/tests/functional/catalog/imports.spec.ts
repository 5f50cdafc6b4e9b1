import { mkdir, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import { assertFieldError } from '#tests/support/assertions'
import Product from '#modules/storefront/models/product'
import CatalogImport from '#modules/storefront/catalog/catalog_import'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop } from '#modules/storefront/tests/support/catalog_factories'

const HEADER =
  'name,slug,status,category,price,compare_at_price,sku,stock,tags,description_html,attribute:finish,attribute:skin_types'

/** Three good rows (one updating an existing product) and two bad ones. */
const MIXED = [
  HEADER,
  'Peach Blush,peach-blush,active,face,14.50,,PB-1,20,cheeks|blush,<p>Soft</p>,Satin,Dry|Normal',
  'Bad Price,bad-price,active,,abc,,,5,,,,',
  'Existing Cream,existing-cream,active,,9.99,,,8,,<p>Updated<script>x()</script></p>,,',
  'Bad Finish,bad-finish,draft,nowhere,5,,,1,,,Sparkly,',
  'Clay Mask,,draft,,12,,,3,,,,Oily',
].join('\n')

async function csvFile(content: string) {
  const folder = app.tmpPath('catalog-imports')
  await mkdir(folder, { recursive: true })
  const path = `${folder}/${randomUUID()}.csv`
  await writeFile(path, content)
  return path
}

async function setUp() {
  const shop = await makeCatalogShop()
  await makeCategory(shop.tenant, { name: 'Face', slug: 'face' })
  await makeProduct(shop.tenant, {
    name: 'Existing Cream',
    slug: 'existing-cream',
    priceMinor: 500,
    stock: 1,
  })
  return shop
}

async function slugs(tenantId: string) {
  return withTenant(tenantId, async () => {
    const products = await Product.query().orderBy('slug')
    return products.map((product) => product.slug)
  })
}

test.group('Catalog: CSV import', () => {
  test('a dry run reports every bad row and stores nothing', async ({ client, assert }) => {
    const { tenant, owner, base } = await setUp()
    const response = await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(MIXED), { filename: 'spring.csv' })
      .field('mode', 'dry_run')
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const record = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    response.assertHeader('location', `${base}/product-imports/${record.id}`)
    assert.equal(record.status, 'queued')
    assert.equal(record.totalRows, 5)

    await runQueuedJobs()
    const page = await client
      .get(`${base}/product-imports/${record.id}`)
      .loginAs(owner)
      .withInertia()
    const summary = page.inertiaProps.import
    assert.equal(summary.status, 'completed')
    assert.equal(summary.processedRows, 5)
    assert.equal(summary.importedRows, 0)
    assert.equal(summary.message, '2 of 5 rows have problems. Nothing was imported (dry run).')
    assert.deepEqual(
      summary.errors.map((error: { row: number; field: string }) => [error.row, error.field]),
      [
        [3, 'price'],
        [5, 'category'],
        [5, 'attribute:finish'],
      ]
    )
    assert.include(summary.errors[2].message, '"Sparkly" is not one of')
    assert.deepEqual(await slugs(tenant.id), ['existing-cream'])
    const untouched = await withTenant(tenant.id, () =>
      Product.findByOrFail('slug', 'existing-cream')
    )
    assert.equal(untouched.priceMinor, 500)
  })

  test('"skip bad rows" imports the good rows and reports the others', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await setUp()
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(MIXED))
      .field('mode', 'skip')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const record = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    assert.equal(record.status, 'completed')
    assert.equal(record.importedRows, 3)
    assert.equal(record.message, 'Imported 3 rows; skipped 2 with problems.')
    assert.deepEqual(await slugs(tenant.id), ['clay-mask', 'existing-cream', 'peach-blush'])

    await withTenant(tenant.id, async () => {
      const blush = await Product.query()
        .where('slug', 'peach-blush')
        .preload('variants')
        .firstOrFail()
      assert.equal(blush.priceMinor, 1450)
      assert.equal(blush.status, 'active')
      assert.deepEqual(blush.tags, ['cheeks', 'blush'])
      assert.deepEqual(blush.attributes, { finish: 'Satin', skin_types: ['Dry', 'Normal'] })
      assert.equal(blush.variants[0].sku, 'PB-1')
      assert.equal(blush.variants[0].stockOnHand, 20)
      const cream = await Product.findByOrFail('slug', 'existing-cream')
      assert.equal(cream.priceMinor, 999)
      assert.equal(cream.stockAvailable, 8)
      assert.equal(cream.descriptionHtml, '<p>Updated</p>')
    })
  })

  test('"abort on any bad row" imports nothing when a row is bad, everything otherwise', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await setUp()
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(MIXED))
      .field('mode', 'abort')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const failed = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    assert.equal(failed.status, 'failed')
    assert.equal(
      failed.message,
      'Nothing was imported: 2 of 5 rows have problems. Fix them and import again.'
    )
    assert.deepEqual(await slugs(tenant.id), ['existing-cream'])

    const good = [
      HEADER,
      'Peach Blush,peach-blush,active,face,14.50,,PB-1,20,,,,',
      'Clay Mask,,draft,,12,,,3,,,,',
    ].join('\n')
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(good))
      .field('mode', 'abort')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const latest = await withTenant(tenant.id, () =>
      CatalogImport.query().orderBy('created_at', 'desc').firstOrFail()
    )
    assert.equal(latest.status, 'completed')
    assert.equal(latest.importedRows, 2)
    assert.deepEqual(await slugs(tenant.id), ['clay-mask', 'existing-cream', 'peach-blush'])
  })

  test('a duplicate slug in the file is a row error', async ({ client, assert }) => {
    const { tenant, owner, base } = await setUp()
    const content = [HEADER, 'One,same,draft,,1,,,1,,,,', 'Two,same,draft,,2,,,1,,,,'].join('\n')
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(content))
      .field('mode', 'skip')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const record = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    assert.deepEqual(record.rowErrors, [
      { row: 3, field: 'slug', message: 'The web address same is already used on line 2.' },
    ])
    assert.deepEqual(await slugs(tenant.id), ['existing-cream', 'same'])
  })

  test('unreadable files are refused at once', async ({ client, assert }) => {
    const { tenant, owner, base } = await setUp()
    const cases: [string, string][] = [
      ['', ''],
      ['name,colour\nA,red', 'Unknown column(s): colour.'],
      ['slug,price\na,1', 'The first line must name the columns, including "name".'],
      [HEADER, 'The file has a header but no products.'],
      ['name,price\n"unclosed,1', 'The file is not a readable CSV'],
    ]
    for (const [content, message] of cases) {
      const response = await client
        .post(`${base}/product-imports`)
        .loginAs(owner)
        .file('file', await csvFile(content))
        .field('mode', 'skip')
        .withCsrfToken()
        .redirects(0)
      assertFieldError(response, 'file')
      assert.isTrue(
        (response.flashMessages().inputErrorsBag as any).file[0].startsWith(message),
        `${content} → ${message}`
      )
    }
    const missingMode = await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(MIXED))
      .withCsrfToken()
      .redirects(0)
    assertFieldError(missingMode, 'mode')
    const count = await withTenant(tenant.id, async () => (await CatalogImport.all()).length)
    assert.equal(count, 0)
  })

  test('an export imports back unchanged, formulas neutralized on the way', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await setUp()
    await makeProduct(tenant, {
      name: 'Hydra Gel',
      slug: 'hydra-gel',
      priceMinor: 2250,
      stock: 6,
      tags: ['hydrating'],
      attributes: { concerns: ['Dryness', 'Dullness'] },
      descriptionHtml: '<p>Cooling, "fresh", gel.</p>',
    })
    await makeProduct(tenant, {
      name: '=HYPERLINK("http://evil.test","Click")',
      slug: 'formula',
      priceMinor: 100,
      tags: ['@risk', '-minus'],
    })
    const exported = await client.get(`${base}/products/export.csv`).loginAs(owner)
    assert.include(exported.text(), `"'=HYPERLINK(""http://evil.test"",""Click"")"`)
    assert.include(exported.text(), "'@risk|-minus")
    const before = await withTenant(tenant.id, async () =>
      (await Product.query().orderBy('slug')).map((product) => product.serialize())
    )
    await client
      .post(`${base}/product-imports`)
      .loginAs(owner)
      .file('file', await csvFile(exported.text()))
      .field('mode', 'abort')
      .withCsrfToken()
      .redirects(0)
    await runQueuedJobs()
    const record = await withTenant(tenant.id, () => CatalogImport.query().firstOrFail())
    assert.equal(record.status, 'completed', JSON.stringify(record.rowErrors))
    const after = await withTenant(tenant.id, async () =>
      (await Product.query().orderBy('slug')).map((product) => product.serialize())
    )
    const comparable = (rows: Record<string, any>[]) =>
      rows.map(({ updatedAt, publishedAt, searchVector, ...rest }) => rest)
    assert.deepEqual(comparable(after), comparable(before))
  })
})
