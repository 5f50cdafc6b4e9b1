import { appUrl } from '#config/app'
import type { CatalogProductSummary } from '#kernel/contracts/catalog_reader'
import type { ProductCard } from '#modules/chat/models/message'

/** The absolute root of a workspace's shop, as the storefront's own links use it. */
export function shopBaseUrl(shopSlug: string) {
  return `${appUrl}/s/${shopSlug}`
}

function absolute(pathOrUrl: string | null) {
  if (!pathOrUrl) return null
  return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${appUrl}${pathOrUrl}`
}

/** A product as a card under a chat message: absolute links, so it works on any site. */
export function productCard(product: CatalogProductSummary, shopUrl: string): ProductCard {
  return {
    productId: product.id,
    slug: product.slug,
    name: product.name,
    priceMinor: product.priceMinor,
    compareAtMinor: product.compareAtMinor,
    currency: product.currency,
    imageUrl: absolute(product.imageUrl),
    inStock: product.inStock,
    url: `${shopUrl}${product.path}`,
    variantId: product.defaultVariantId,
  }
}
