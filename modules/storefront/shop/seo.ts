import type { HttpContext } from '@adonisjs/core/http'
import { currencyDigits, fromMinor } from '#kernel/money/money'

/** Structured data, as JSON. */
export type Json = string | number | boolean | null | Json[] | JsonObject
export type JsonObject = { [key: string]: Json }

export type SeoMeta = {
  title: string
  description: string | null
  canonicalUrl: string
  imageUrl: string | null
  type: 'website' | 'product' | 'article'
  /** Structured data (schema.org) for search engines, serialized by the page. */
  jsonLd: JsonObject | null
  noIndex: boolean
}

/** The shop's absolute URL root: scheme, host and the shop's base path. */
export function shopOrigin(ctx: HttpContext) {
  return `${ctx.request.protocol()}://${ctx.request.host()}${ctx.storefrontBasePath ?? ''}`
}

export function absoluteUrl(ctx: HttpContext, pathOrUrl: string | null) {
  if (!pathOrUrl) return null
  if (/^https?:\/\//.test(pathOrUrl)) return pathOrUrl
  return `${ctx.request.protocol()}://${ctx.request.host()}${pathOrUrl}`
}

export function seoMeta(
  ctx: HttpContext,
  fields: Partial<SeoMeta> & { title: string; path: string }
): SeoMeta {
  return {
    title: fields.title,
    description: fields.description ?? null,
    canonicalUrl: `${shopOrigin(ctx)}${fields.path}`,
    imageUrl: absoluteUrl(ctx, fields.imageUrl ?? null),
    type: fields.type ?? 'website',
    jsonLd: fields.jsonLd ?? null,
    noIndex: fields.noIndex ?? false,
  }
}

/** Minor units as the decimal string schema.org prices use ("24.00"). */
export function decimalPrice(minor: number, currency: string) {
  return fromMinor(minor, currency).toFixed(currencyDigits(currency))
}
