/**
 * Read access to a workspace's catalog for other modules (the sales chat
 * recommends products, live shopping pins them). Bound by the storefront
 * module; works in the current tenant scope; returns plain objects.
 */
export interface CatalogProductSummary {
  id: string
  slug: string
  name: string
  priceMinor: number
  compareAtMinor: number | null
  currency: string
  imageUrl: string | null
  inStock: boolean
  /** Path of the product page on the storefront, from the shop's root. */
  path: string
  ratingAverage: number | null
  reviewCount: number
  attributes: Record<string, string | string[]>
  /** The variant to add to a cart when the product has exactly one; null otherwise. */
  defaultVariantId: string | null
}

export interface CatalogVariant {
  id: string
  title: string
  optionValues: string[]
  priceMinor: number
  available: number
  inStock: boolean
}

export interface CatalogProductDetail extends CatalogProductSummary {
  descriptionText: string
  categoryName: string | null
  options: { name: string; values: string[] }[]
  variants: CatalogVariant[]
  imageUrls: string[]
}

export interface CatalogSearch {
  text?: string
  categorySlug?: string
  /** Attribute key → wanted values (any of them). */
  attributes?: Record<string, string[]>
  inStockOnly?: boolean
  limit?: number
}

export abstract class CatalogReader {
  /** Active products matching the search, best match first (typos tolerated). */
  abstract search(search: CatalogSearch): Promise<CatalogProductSummary[]>
  /** An active product by id or slug. */
  abstract getProduct(idOrSlug: string): Promise<CatalogProductDetail | null>
}
