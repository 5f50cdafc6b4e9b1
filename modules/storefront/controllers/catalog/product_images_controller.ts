import type { HttpContext } from '@adonisjs/core/http'
import { emitEvent } from '#kernel/contracts/emit_event'
import { fieldError } from '#kernel/validation/field_error'
import Product from '#modules/storefront/models/product'
import ProductImage from '#modules/storefront/models/product_image'
import {
  imageAltValidator,
  imageOrderValidator,
  productImagesValidator,
} from '#modules/storefront/validators/catalog'
import {
  ImageUploadError,
  ProductImageError,
  addProductImage,
  deleteProductFiles,
  removeImageFiles,
} from '#modules/storefront/catalog/product_images'

const MAX_IMAGES = 20

async function imageOf(productId: string, imageId: string) {
  const product = await Product.findOrFail(productId)
  const image = await ProductImage.query()
    .where('product_id', product.id)
    .where('id', imageId)
    .firstOrFail()
  return { product, image }
}

export default class ProductImagesController {
  async store({ bouncer, params, request, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const product = await Product.findOrFail(params.id)
    const { images } = await request.validateUsing(productImagesValidator)
    const existing = await ProductImage.query().where('product_id', product.id).count('* as total')
    if (Number(existing[0].$extras.total) + images.length > MAX_IMAGES) {
      throw fieldError('images', `A product can have at most ${MAX_IMAGES} images.`)
    }
    const added: ProductImage[] = []
    try {
      for (const file of images) {
        added.push(await addProductImage(product.id, file, product.name))
      }
    } catch (error) {
      // The rows roll back with the request; the files stored so far must go too.
      await removeImageFiles(added)
      if (!(error instanceof ImageUploadError || error instanceof ProductImageError)) throw error
      throw fieldError('images', error.message)
    }
    await emitEvent('storefront.product.updated', { tenantId: tenant!.id, productId: product.id })
    session.flash(
      'success',
      images.length === 1 ? 'Image added.' : `${images.length} images added.`
    )
    return response.redirect().back()
  }

  async update({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const { image } = await imageOf(params.id, params.imageId)
    const { alt } = await request.validateUsing(imageAltValidator)
    image.alt = alt ?? ''
    await image.save()
    session.flash('success', 'Alt text saved.')
    return response.redirect().back()
  }

  /** `ids`: the product's images in their new order (all of them). */
  async reorder({ bouncer, params, request, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const product = await Product.findOrFail(params.id)
    const { ids } = await request.validateUsing(imageOrderValidator)
    const images = await ProductImage.query().where('product_id', product.id)
    const known = new Set(images.map((image) => image.id))
    if (ids.length !== images.length || ids.some((id) => !known.has(id))) {
      throw fieldError('ids', 'List every image of this product once.')
    }
    for (const image of images) {
      image.position = ids.indexOf(image.id)
      await image.save()
    }
    await emitEvent('storefront.product.updated', { tenantId: tenant!.id, productId: product.id })
    session.flash('success', 'Image order saved.')
    return response.redirect().back()
  }

  async destroy({ bouncer, params, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const { product, image } = await imageOf(params.id, params.imageId)
    await image.delete()
    await deleteProductFiles([image])
    await emitEvent('storefront.product.updated', { tenantId: tenant!.id, productId: product.id })
    session.flash('success', 'Image deleted.')
    return response.redirect().back()
  }
}
