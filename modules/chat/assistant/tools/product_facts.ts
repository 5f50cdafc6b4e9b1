import type { CatalogProductSummary } from '#kernel/contracts/catalog_reader'
import { formatMoney } from '#kernel/money/money'

/** What the model is told of a product: enough to recommend it, nothing to invent from. */
export function productFacts(product: CatalogProductSummary) {
  return {
    productId: product.id,
    name: product.name,
    price: formatMoney(product.priceMinor, product.currency),
    ...(product.compareAtMinor !== null && product.compareAtMinor > product.priceMinor
      ? { regularPrice: formatMoney(product.compareAtMinor, product.currency) }
      : {}),
    inStock: product.inStock,
    rating:
      product.ratingAverage !== null
        ? `${product.ratingAverage.toFixed(1)}/5 (${product.reviewCount} reviews)`
        : null,
    attributes: product.attributes,
    variantId: product.defaultVariantId,
  }
}
