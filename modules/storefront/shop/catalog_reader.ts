import {
  CatalogReader,
  type CatalogProductDetail,
  type CatalogProductSummary,
  type CatalogSearch,
} from '#kernel/contracts/catalog_reader'
import Category from '#modules/storefront/models/category'
import { searchCatalog, type ProductCard } from '#modules/storefront/shop/catalog_search'
import {
  findActiveProduct,
  productDescription,
  productImages,
  variantViews,
} from '#modules/storefront/shop/shop_catalog'

function summary(card: ProductCard): CatalogProductSummary {
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
    return page.products.map(summary)
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
