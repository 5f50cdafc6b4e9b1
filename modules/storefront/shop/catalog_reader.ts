import db from '@adonisjs/lucid/services/db'
import {
  CatalogReader,
  type CatalogProductDetail,
  type CatalogProductSummary,
  type CatalogSearch,
} from '#kernel/contracts/catalog_reader'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Category from '#modules/storefront/models/category'
import { searchCatalog, type ProductCard } from '#modules/storefront/shop/catalog_search'
import {
  findActiveProduct,
  productDescription,
  productImages,
  variantViews,
} from '#modules/storefront/shop/shop_catalog'

/** Product id → its variant, for the products that have exactly one. */
async function singleVariants(productIds: string[]) {
  if (productIds.length === 0) return new Map<string, string>()
  const rows: { product_id: string; variant_id: string }[] = await db
    .from('storefront_variants')
    .select('product_id')
    .select(db.raw('min(id::text) as variant_id'))
    .where('tenant_id', requireTenantId())
    .whereIn('product_id', productIds)
    .groupBy('product_id')
    .havingRaw('count(*) = 1')
  return new Map(rows.map((row) => [row.product_id, row.variant_id]))
}

function summary(card: ProductCard, defaultVariantId: string | null): CatalogProductSummary {
  return {
    id: card.id,
    slug: card.slug,
    name: card.name,
    priceMinor: card.priceMinor,
    compareAtMinor: card.compareAtMinor,
    currency: card.currency,
    imageUrl: card.imageUrl,
    inStock: card.inStock,
    path: `/products/${card.slug}`,
    ratingAverage: card.ratingAverage,
    reviewCount: card.reviewCount,
    attributes: card.attributes,
    defaultVariantId,
  }
}

/**
 * The catalog as other modules read it, through the same search as the
 * shop's own pages. Works in the current tenant scope only: without one,
 * `requireTenantId()` refuses.
 */
export class StorefrontCatalogReader extends CatalogReader {
  async search(search: CatalogSearch) {
    const category = search.categorySlug ? await Category.findBy('slug', search.categorySlug) : null
    if (search.categorySlug && !category) return []
    const page = await searchCatalog({
      text: search.text,
      categoryId: category?.id ?? null,
      attributes: search.attributes,
      inStockOnly: search.inStockOnly,
      perPage: search.limit ?? 10,
    })
    const variants = await singleVariants(page.products.map((product) => product.id))
    return page.products.map((card) => summary(card, variants.get(card.id) ?? null))
  }

  async getProduct(idOrSlug: string): Promise<CatalogProductDetail | null> {
    const product = await findActiveProduct(idOrSlug)
    if (!product) return null
    const images = productImages(product)
    const variants = variantViews(product)
    return {
      id: product.id,
      slug: product.slug,
      name: product.name,
      priceMinor: product.priceMinor,
      compareAtMinor: product.compareAtMinor,
      currency: product.currency,
      imageUrl: images[0]?.mediumUrl ?? null,
      inStock: product.inStock,
      path: `/products/${product.slug}`,
      ratingAverage: product.ratingAverage,
      reviewCount: product.reviewCount,
      attributes: product.attributes,
      defaultVariantId: variants.length === 1 ? variants[0].id : null,
      descriptionText: productDescription(product).text,
      categoryName: product.category?.name ?? null,
      options: product.options.map((option) => ({ name: option.name, values: option.values })),
      variants: variants.map((variant) => ({
        id: variant.id,
        title: variant.title,
        optionValues: variant.optionValues,
        priceMinor: variant.priceMinor,
        available: variant.available,
        inStock: variant.inStock,
      })),
      imageUrls: images.map((image) => image.url),
    }
  }
}
