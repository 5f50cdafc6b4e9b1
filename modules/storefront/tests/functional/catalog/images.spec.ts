import { mkdir, writeFile } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import { test } from '@japa/runner'
import sharp from 'sharp'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { assertFieldError } from '#tests/support/assertions'
import ProductImage from '#modules/storefront/models/product_image'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeCatalogShop } from '#modules/storefront/tests/support/catalog_factories'

/** A photo-like PNG of the given size, written to a temporary file. */
async function pngFile(width: number, height: number, name = `${randomUUID()}.png`) {
  const folder = app.tmpPath('catalog-uploads')
  await mkdir(folder, { recursive: true })
  const path = `${folder}/${name}`
  const buffer = await sharp({
    create: { width, height, channels: 3, background: { r: 220, g: 160, b: 170 } },
  })
    .png()
    .toBuffer()
  await writeFile(path, buffer)
  return path
}

async function imagesOf(tenantId: string, productId: string) {
  return withTenant(tenantId, () =>
    ProductImage.query().where('product_id', productId).orderBy('position')
  )
}

test.group('Catalog: product images', () => {
  test('uploads several images and generates their thumbnails', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant, { name: 'Rose Balm' })
    const response = await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .file('images[0]', await pngFile(1600, 1200))
      .file('images[1]', await pngFile(300, 500))
      .withCsrfToken()
      .redirects(0)
    response.assertFlashMessage('success', '2 images added.')

    const images = await imagesOf(tenant.id, product.id)
    assert.lengthOf(images, 2)
    const [first, second] = images
    assert.deepEqual([first.position, second.position], [0, 1])
    assert.deepEqual([first.width, first.height], [1600, 1200])
    assert.equal(first.alt, 'Rose Balm')
    for (const image of images) {
      assert.isTrue(image.path.startsWith(`storefront/${tenant.id}/products/${product.id}/`))
    }
    const disk = drive.use()
    const thumbnail = await sharp(await disk.getBytes(first.thumbnailPath)).metadata()
    assert.deepInclude(thumbnail, { format: 'webp', width: 240, height: 240 })
    const medium = await sharp(await disk.getBytes(first.mediumPath)).metadata()
    assert.deepInclude(medium, { format: 'webp', width: 900, height: 675 })
    const small = await sharp(await disk.getBytes(second.mediumPath)).metadata()
    assert.equal(small.width, 300, 'never enlarged')

    const served = await client.get(`/uploads/${first.thumbnailPath}`)
    served.assertStatus(200)

    const edit = await client
      .get(`${base}/products/${product.id}/edit`)
      .loginAs(owner)
      .withInertia()
    assert.lengthOf(edit.inertiaProps.images, 2)
    assert.equal(edit.inertiaProps.images[0].thumbnailUrl, `/uploads/${first.thumbnailPath}`)
  })

  test('refuses files that are not images and stores nothing', async ({ client, assert }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant)
    const folder = app.tmpPath('catalog-uploads')
    await mkdir(folder, { recursive: true })
    const fake = `${folder}/${randomUUID()}.png`
    await writeFile(fake, '<svg onload="alert(1)"></svg>')
    const response = await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .file('images[0]', fake)
      .withCsrfToken()
      .redirects(0)
    assertFieldError(response, 'images.0', 'The file must be one of: png,jpg,jpeg,gif,webp.')

    const none = await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    assertFieldError(none, 'images')
    assert.lengthOf(await imagesOf(tenant.id, product.id), 0)
  })

  test('an unreadable image refuses the whole upload and leaves no files behind', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant)
    const good = await pngFile(300, 300)
    const truncated = `${app.tmpPath('catalog-uploads')}/${randomUUID()}.png`
    const whole = await sharp({
      create: { width: 300, height: 300, channels: 3, background: '#b03a5a' },
    })
      .png()
      .toBuffer()
    await writeFile(truncated, whole.subarray(0, 60))
    const response = await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .file('images[0]', good, { filename: 'good.png' })
      .file('images[1]', truncated, { filename: 'broken.png' })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(response, 'images', 'The image broken.png could not be read.')
    assert.lengthOf(await imagesOf(tenant.id, product.id), 0)
    const stored = await drive
      .use()
      .listAll(`storefront/${tenant.id}/products/${product.id}`, { recursive: true })
    assert.lengthOf([...stored.objects], 0)
  })

  test('reorders images, edits alt text and deletes an image with its files', async ({
    client,
    assert,
  }) => {
    const { tenant, owner, base } = await makeCatalogShop()
    const product = await makeProduct(tenant)
    await client
      .post(`${base}/products/${product.id}/images`)
      .loginAs(owner)
      .file('images[0]', await pngFile(400, 400))
      .file('images[1]', await pngFile(400, 400))
      .file('images[2]', await pngFile(400, 400))
      .withCsrfToken()
      .redirects(0)
    const [a, b, c] = await imagesOf(tenant.id, product.id)

    await client
      .put(`${base}/products/${product.id}/images/order`)
      .loginAs(owner)
      .json({ ids: [c.id, a.id, b.id] })
      .withCsrfToken()
      .redirects(0)
    assert.deepEqual(
      (await imagesOf(tenant.id, product.id)).map((image) => image.id),
      [c.id, a.id, b.id]
    )
    const partial = await client
      .put(`${base}/products/${product.id}/images/order`)
      .loginAs(owner)
      .json({ ids: [a.id, b.id] })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(partial, 'ids', 'List every image of this product once.')

    await client
      .put(`${base}/products/${product.id}/images/${a.id}`)
      .loginAs(owner)
      .form({ alt: 'The balm, open, on a marble shelf' })
      .withCsrfToken()
      .redirects(0)
    const tooLong = await client
      .put(`${base}/products/${product.id}/images/${a.id}`)
      .loginAs(owner)
      .form({ alt: 'a'.repeat(201) })
      .withCsrfToken()
      .redirects(0)
    assertFieldError(tooLong, 'alt')
    const withAlt = await withTenant(tenant.id, () => ProductImage.findOrFail(a.id))
    assert.equal(withAlt.alt, 'The balm, open, on a marble shelf')

    await client
      .delete(`${base}/products/${product.id}/images/${b.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    assert.lengthOf(await imagesOf(tenant.id, product.id), 2)
    const disk = drive.use()
    for (const key of [b.path, b.thumbnailPath, b.mediumPath]) {
      assert.isFalse(await disk.exists(key), `${key} deleted`)
    }
    assert.isTrue(await disk.exists(a.thumbnailPath))
  })
})
