import type { ShopBrand as LayoutBrand } from '~/layouts/shop_layout'

/** The frame's brand plus what module pages need of the shop. */
export type ShopBrand = LayoutBrand & { currency: string }

export interface SeoMeta {
  title: string
  description: string | null
  canonicalUrl: string
  imageUrl: string | null
  type: 'website' | 'product' | 'article'
  jsonLd: Record<string, unknown> | null
  noIndex?: boolean
}

export interface ProductCardData {
  id: string
  slug: string
  name: string
  priceMinor: number
  compareAtMinor: number | null
  currency: string
  imageUrl: string | null
  imageAlt: string
  inStock: boolean
  ratingAverage: number | null
  reviewCount: number
}

export interface CatalogResults {
  products: ProductCardData[]
  total: number
  page: number
  perPage: number
  lastPage: number
}

export interface CatalogFacets {
  attributes: {
    key: string
    label: string
    options: { value: string; count: number; selected: boolean }[]
  }[]
  inStockCount: number
  priceMinMinor: number | null
  priceMaxMinor: number | null
}

export interface CatalogFilters {
  q: string
  sort: string | null
  attributes: Record<string, string[]>
  min: string
  max: string
  inStock: boolean
}
