import type { HttpContext } from '@adonisjs/core/http'
import { emitEvent } from '#kernel/contracts/emit_event'
import { publicFileUrl } from '#kernel/files/image_upload'
import Attribute from '#modules/storefront/models/attribute'
import Product from '#modules/storefront/models/product'
import ProductOption from '#modules/storefront/models/product_option'
import Variant from '#modules/storefront/models/variant'
import { productFiltersValidator, productValidator } from '#modules/storefront/validators/catalog'
import { categoryTree, flattenTree } from '#modules/storefront/catalog/category_tree'
import { saveProduct } from '#modules/storefront/catalog/product_editor'
import { fromMinor } from '#kernel/money/money'
import { filteredProducts } from '#modules/storefront/catalog/product_listing'
import { deleteProductFiles } from '#modules/storefront/catalog/product_images'

const PAGE_SIZE = 25

async function formOptions() {
  const attributes = await Attribute.query().orderBy('position').orderBy('label')
  return {
    categories: flattenTree(await categoryTree()).map(({ id, name, depth }) => ({
      id,
      name,
      depth,
    })),
    attributes: attributes.map((attribute) => ({
      key: attribute.key,
      label: attribute.label,
      kind: attribute.kind,
      options: attribute.options,
    })),
  }
}

/** The product as the form edits it: decimal amounts, options and variants. */
async function formValues(product: Product) {
  const options = await ProductOption.query().where('product_id', product.id).orderBy('position')
  const variants = await Variant.query().where('product_id', product.id).orderBy('position')
  const amount = (minor: number | null) =>
    minor === null ? null : fromMinor(minor, product.currency)
  const single = options.length === 0 ? variants[0] : undefined
  return {
    id: product.id,
    name: product.name,
    slug: product.slug,
    description: product.descriptionHtml,
    status: product.status,
    category_id: product.categoryId,
    price: amount(single?.priceMinor ?? product.priceMinor),
    compare_at_price: amount(single ? single.compareAtMinor : product.compareAtMinor),
    sku: single?.sku ?? product.sku,
    barcode: product.barcode,
    weight_grams: product.weightGrams,
    seo_title: product.seoTitle,
    seo_description: product.seoDescription,
    tags: product.tags,
    attributes: product.attributes,
    track_inventory: product.trackInventory,
    low_stock_threshold: product.lowStockThreshold,
    stock: single?.stockOnHand ?? 0,
    options: options.map((option) => ({ name: option.name, values: option.values })),
    variants:
      options.length === 0
        ? []
        : variants.map((variant) => ({
            id: variant.id,
            option_values: variant.optionValues,
            price: amount(variant.priceMinor),
            compare_at_price: amount(variant.compareAtMinor),
            sku: variant.sku,
            stock: variant.stockOnHand,
            reserved: variant.stockReserved,
          })),
  }
}

export default class ProductsController {
  async index({ bouncer, request, inertia, member, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.view')
    const filters = await request.validateUsing(productFiltersValidator, { data: request.qs() })
    const { query } = await filteredProducts(filters)
    const page = await query
      .preload('category')
      .preload('images', (images) => images.orderBy('position'))
      .paginate(filters.page ?? 1, PAGE_SIZE)
    return inertia.render('storefront/catalog/products/index', {
      products: page.all().map((product) => ({
        id: product.id,
        name: product.name,
        slug: product.slug,
        status: product.status,
        priceMinor: product.priceMinor,
        currency: product.currency,
        sku: product.sku,
        stockAvailable: product.stockAvailable,
        trackInventory: product.trackInventory,
        lowStock: product.trackInventory && product.stockAvailable <= product.lowStockThreshold,
        category: product.category?.name ?? null,
        thumbnailUrl: publicFileUrl(product.images[0]?.thumbnailPath),
      })),
      pagination: {
        page: page.currentPage,
        lastPage: page.lastPage,
        total: page.total,
        perPage: PAGE_SIZE,
      },
      filters: {
        q: filters.q ?? '',
        status: filters.status ?? '',
        category: filters.category ?? '',
      },
      categories: flattenTree(await categoryTree()).map(({ id, name, depth }) => ({
        id,
        name,
        depth,
      })),
      currency: tenant!.currency,
      canManage: member!.can('storefront.catalog.manage'),
    })
  }

  async create({ bouncer, inertia, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    return inertia.render('storefront/catalog/products/form', {
      product: null,
      images: [],
      currency: tenant!.currency,
      ...(await formOptions()),
    })
  }

  async store({ bouncer, request, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const input = await request.validateUsing(productValidator, { meta: { exceptId: null } })
    const product = await saveProduct(null, input, tenant!.currency)
    session.flash('success', `Product “${product.name}” created. Add its images below.`)
    return response.redirect().toRoute('storefront.products.edit', {
      workspace: tenant!.slug,
      id: product.id,
    })
  }

  async edit({ bouncer, params, inertia, member }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.view')
    const product = await Product.findOrFail(params.id)
    await product.load('images', (images) => images.orderBy('position'))
    return inertia.render('storefront/catalog/products/form', {
      product: await formValues(product),
      images: product.images.map((image) => ({
        id: image.id,
        alt: image.alt,
        url: publicFileUrl(image.mediumPath)!,
        thumbnailUrl: publicFileUrl(image.thumbnailPath)!,
        width: image.width,
        height: image.height,
      })),
      currency: product.currency,
      canManage: member!.can('storefront.catalog.manage'),
      ...(await formOptions()),
    })
  }

  async update({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const product = await Product.findOrFail(params.id)
    const input = await request.validateUsing(productValidator, {
      meta: { exceptId: product.id },
    })
    await saveProduct(product, input, product.currency)
    session.flash('success', `Product “${product.name}” saved.`)
    return response.redirect().back()
  }

  /**
   * Its variants, options and images go with it; orders keep their own
   * copy of what was bought.
   */
  async destroy({ bouncer, params, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const product = await Product.findOrFail(params.id)
    await product.load('images')
    const files = product.images
    await product.delete()
    await deleteProductFiles(files)
    await emitEvent('storefront.product.deleted', { tenantId: tenant!.id, productId: product.id })
    session.flash('success', `Product “${product.name}” deleted.`)
    return response.redirect().toRoute('storefront.products.index', { workspace: tenant!.slug })
  }
}
