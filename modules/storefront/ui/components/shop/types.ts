import type { ShopBrand as LayoutBrand } from '~/layouts/shop_brand'

/** Structured data as JSON. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** The frame's brand plus what module pages need of the shop. */
export type ShopBrand = LayoutBrand & { currency: string }

export type SeoMeta = {
  title: string
  description: string | null
  canonicalUrl: string
  imageUrl: string | null
  type: 'website' | 'product' | 'article'
  jsonLd: { [key: string]: Json } | null
  noIndex: boolean
}

export type ProductCardData = {
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

export type CatalogResults = {
  products: ProductCardData[]
  total: number
  page: number
  perPage: number
  lastPage: number
}

export type CatalogFacets = {
  attributes: {
    key: string
    label: string
    options: { value: string; count: number; selected: boolean }[]
  }[]
  inStockCount: number
  priceMinMinor: number | null
  priceMaxMinor: number | null
}

export type CatalogFilters = {
  q: string
  sort: string | null
  attributes: Record<string, string[]>
  min: string
  max: string
  inStock: boolean
}
