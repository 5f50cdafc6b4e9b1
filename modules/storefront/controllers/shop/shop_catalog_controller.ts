import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Category from '#modules/storefront/models/category'
import Review from '#modules/storefront/models/review'
import WishlistItem from '#modules/storefront/models/wishlist_item'
import {
  SORTS,
  browseCatalog,
  type CatalogQuery,
  type CatalogSort,
} from '#modules/storefront/shop/catalog_search'
import {
  approvedReviews,
  attributeRows,
  categoryTrail,
  findActiveProduct,
  productDescription,
  productImages,
  relatedProducts,
  variantViews,
} from '#modules/storefront/shop/shop_catalog'
import { shopBrand } from '#modules/storefront/shop/shop_chrome'
import {
  absoluteUrl,
  decimalPrice,
  seoMeta,
  shopOrigin,
  type JsonObject,
} from '#modules/storefront/shop/seo'
import { publicFileUrl } from '#kernel/files/image_upload'

function notFound(ctx: HttpContext): never {
  throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
}

function text(value: unknown, max = 100) {
  return typeof value === 'string' ? value.trim().slice(0, max) : ''
}

/** A price typed in major units ("12.50"), in minor units; anything else is ignored. */
function priceInput(value: unknown) {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isFinite(parsed) && parsed >= 0 && parsed < 1e9 ? Math.round(parsed * 100) : null
}

/**
 * Reads the listing's query string (`q`, `sort`, `page`, `min`, `max`,
 * `in_stock`, `attr[key][]`). A search form can be edited by hand: values
 * that make no sense are dropped rather than refused.
 */
function listingQuery(ctx: HttpContext): CatalogQuery & { sort?: CatalogSort } {
  const qs = ctx.request.qs()
  const attributes: Record<string, string[]> = {}
  if (qs.attr && typeof qs.attr === 'object' && !Array.isArray(qs.attr)) {
    for (const [key, raw] of Object.entries(qs.attr as Record<string, unknown>)) {
      if (!/^[a-z0-9_]{1,60}$/.test(key)) continue
      const values = (Array.isArray(raw) ? raw : [raw])
        .filter((value): value is string => typeof value === 'string')
        .map((value) => value.slice(0, 100))
      if (values.length > 0) attributes[key] = values
    }
  }
  const page = Number(qs.page)
  const sort = SORTS.includes(qs.sort) ? (qs.sort as CatalogSort) : undefined
  return {
    text: text(qs.q) || null,
    attributes,
    priceMinMinor: priceInput(qs.min),
    priceMaxMinor: priceInput(qs.max),
    inStockOnly: qs.in_stock === '1' || qs.in_stock === 'true',
    sort,
    page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1,
  }
}

function listingState(query: CatalogQuery) {
  return {
    q: query.text ?? '',
    sort: query.sort ?? null,
    attributes: query.attributes ?? {},
    min:
      query.priceMinMinor === null || query.priceMinMinor === undefined
        ? ''
        : String(query.priceMinMinor / 100),
    max:
      query.priceMaxMinor === null || query.priceMaxMinor === undefined
        ? ''
        : String(query.priceMaxMinor / 100),
    inStock: query.inStockOnly ?? false,
  }
}

export default class ShopCatalogController {
  async category(ctx: HttpContext) {
    const category = await Category.findBy('slug', String(ctx.params.slug))
    if (!category) notFound(ctx)
    const query = { ...listingQuery(ctx), categoryId: category.id }
    const { results, facets } = await browseCatalog(query)
    const trail = await categoryTrail(category.id)
    const children = await Category.query().where('parent_id', category.id).orderBy('position')
    const shop = await shopBrand(ctx)
    const path = `/categories/${category.slug}`
    return ctx.inertia.render('storefront/shop/category', {
      shop,
      seo: seoMeta(ctx, {
        title: category.seoTitle || `${category.name} · ${shop.name}`,
        description: category.seoDescription || category.description,
        path: results.page > 1 ? `${path}?page=${results.page}` : path,
        imageUrl: publicFileUrl(category.imagePath),
      }),
      category: { name: category.name, slug: category.slug, description: category.description },
      trail: trail.map(({ name, slug }) => ({ name, slug })),
      subcategories: children.map((child) => ({ name: child.name, slug: child.slug })),
      results,
      facets,
      filters: listingState(query),
    })
  }

  async search(ctx: HttpContext) {
    const query = listingQuery(ctx)
    const { results, facets } = await browseCatalog(query)
    const shop = await shopBrand(ctx)
    return ctx.inertia.render('storefront/shop/search', {
      shop,
      seo: seoMeta(ctx, {
        title: query.text ? `Search: ${query.text} · ${shop.name}` : `All products · ${shop.name}`,
        description: `Products of ${shop.name}.`,
        path: '/search',
        noIndex: Boolean(query.text),
      }),
      results,
      facets,
      filters: listingState(query),
    })
  }

  async product(ctx: HttpContext) {
    const product = await findActiveProduct(String(ctx.params.slug))
    if (!product || product.slug !== ctx.params.slug) notFound(ctx)
    const trail = await categoryTrail(product.categoryId)
    const shop = await shopBrand(ctx)
    const attributes = await attributeRows(product)
    const reviews = await approvedReviews(product.id)
    const related = await relatedProducts(product, trail)
    const customer = ctx.customer
    const wishlisted = customer
      ? await WishlistItem.query()
          .where('customer_id', customer.id)
          .where('product_id', product.id)
          .first()
      : null
    const ownReview = customer
      ? await Review.query()
          .where('customer_id', customer.id)
          .where('product_id', product.id)
          .first()
      : null
    const images = productImages(product)
    const variants = variantViews(product)
    const description = productDescription(product)
    const path = `/products/${product.slug}`
    const url = `${shopOrigin(ctx)}${path}`
    const sku = variants[0]?.sku ?? product.sku
    const jsonLd: JsonObject = {
      '@context': 'https://schema.org',
      '@type': 'Product',
      'name': product.name,
      'description': description.text,
      'image': images.map((image) => absoluteUrl(ctx, image.url)),
      ...(sku ? { sku } : {}),
      'brand': { '@type': 'Brand', 'name': shop.name },
      'url': url,
      'offers': variants.map((variant) => ({
        '@type': 'Offer',
        'name': variant.title,
        ...(variant.sku ? { sku: variant.sku } : {}),
        'price': decimalPrice(variant.priceMinor, product.currency),
        'priceCurrency': product.currency,
        'availability': variant.inStock
          ? 'https://schema.org/InStock'
          : 'https://schema.org/OutOfStock',
        'url': url,
      })),
    }
    if (product.reviewCount > 0 && product.ratingAverage !== null) {
      jsonLd.aggregateRating = {
        '@type': 'AggregateRating',
        'ratingValue': product.ratingAverage,
        'reviewCount': product.reviewCount,
      }
    }
    return ctx.inertia.render('storefront/shop/product', {
      shop,
      seo: seoMeta(ctx, {
        title: product.seoTitle || `${product.name} · ${shop.name}`,
        description: product.seoDescription || description.text.slice(0, 300) || null,
        path,
        imageUrl: images[0]?.url ?? null,
        type: 'product',
        jsonLd,
      }),
      product: {
        id: product.id,
        slug: product.slug,
        name: product.name,
        currency: product.currency,
        priceMinor: product.priceMinor,
        compareAtMinor: product.compareAtMinor,
        descriptionHtml: description.html,
        inStock: product.inStock,
        ratingAverage: product.ratingAverage,
        reviewCount: product.reviewCount,
        options: product.options.map((option) => ({ name: option.name, values: option.values })),
        variants,
        images,
        attributes,
      },
      trail: trail.map(({ name, slug }) => ({ name, slug })),
      reviews,
      related,
      wishlisted: Boolean(wishlisted),
      review: {
        signedIn: Boolean(customer),
        alreadyReviewed: Boolean(ownReview),
        defaultName: customer?.name ?? '',
      },
    })
  }
}
