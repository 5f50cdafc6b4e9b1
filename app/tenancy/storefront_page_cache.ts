import type { HttpContext } from '@adonisjs/core/http'
import type Tenant from '#kernel/tenancy/models/tenant'
import { moduleOpenFromCache } from '#kernel/modules/request_modules'

/**
 * Storefront pages kept in this process's memory for anonymous visitors:
 * GET requests without any cookie (so without a customer or staff session,
 * a cart or flash messages), answered before the session, CSRF and tenant
 * transaction middleware run. A module declares which storefront routes may
 * be cached and gives each workspace's pages a generation: a value that
 * changes whenever what the pages are made of changes (null: do not cache
 * now). Entries of an old generation are never read.
 *
 * A page is stored only when it was rendered for such a visitor, without its
 * Set-Cookie headers and without a CSRF token in its props (`isPageCacheFill`),
 * so it holds nothing of the visitor who filled it.
 */
export interface CachedShopPage {
  /** Module whose enablement the route needs (the module gate's rule). */
  module: string
  generation(tenantId: string): string | null
}

export interface StoredPage {
  headers: [string, string][]
  body: Buffer
}

const routes = new Map<string, CachedShopPage>()
/** Bytes of page bodies kept; the oldest entries go first. */
const MAX_BYTES = 64 * 1024 * 1024
let storedBytes = 0
const entries = new Map<string, StoredPage>()
const pending = new WeakMap<HttpContext, string>()

export function defineCachedShopPage(routeName: string, page: CachedShopPage) {
  routes.set(routeName, page)
}

/** Headers whose presence makes a request another kind of page than its URL says. */
const VARIANT_HEADERS = ['x-inertia-partial-data', 'x-inertia-partial-except', 'x-inertia-reset']

/** The route of this request when it may be answered from (or fill) the cache. */
export function cacheableShopRoute(ctx: HttpContext) {
  const name = ctx.route?.name
  const page = name ? routes.get(name) : undefined
  if (!page || ctx.request.method() !== 'GET') return undefined
  const headers = ctx.request.headers()
  if (headers.cookie || headers.authorization) return undefined
  if (VARIANT_HEADERS.some((header) => headers[header] !== undefined)) return undefined
  return page
}

/**
 * The cache key of this request for the tenant, or null when it must be
 * rendered normally and not stored.
 */
export async function shopPageKey(ctx: HttpContext, page: CachedShopPage, tenant: Tenant) {
  if (tenant.isSuspended) return null
  if (!(await moduleOpenFromCache(tenant.id, page.module))) return null
  const generation = page.generation(tenant.id)
  if (generation === null) return null
  const inertia = ctx.request.header('x-inertia')
    ? `inertia:${ctx.request.header('x-inertia-version') ?? ''}`
    : 'html'
  const updated = tenant.updatedAt?.toMillis() ?? 0
  return `${tenant.id}|${updated}|${generation}|${inertia}|${ctx.request.hostname()}|${ctx.request.url(true)}`
}

export function storedShopPage(key: string) {
  return entries.get(key)
}

/** The request renders normally; what it answers is stored under `key`. */
export function fillShopPage(ctx: HttpContext, key: string) {
  pending.set(ctx, key)
}

/** Whether this request renders a page for the cache (its props carry no CSRF token). */
export function isPageCacheFill(ctx: HttpContext) {
  return pending.has(ctx)
}

const STORED_HEADERS = new Set([
  'content-type',
  'vary',
  'x-inertia',
  'x-frame-options',
  'strict-transport-security',
  'x-content-type-options',
])

/** Stores the answer of a filling request, when it is a plain page of an anonymous visitor. */
export function rememberShopPage(ctx: HttpContext) {
  const key = pending.get(ctx)
  if (!key || ctx.response.getStatus() !== 200 || ctx.customer) return
  const session = (ctx as Partial<HttpContext>).session
  if (session && !session.flashMessages.isEmpty) return
  let body: unknown = ctx.response.getBody()
  if (body !== null && typeof body === 'object' && !Buffer.isBuffer(body)) {
    body = JSON.stringify(body)
    if (!ctx.response.getHeader('content-type')) {
      ctx.response.header('content-type', 'application/json; charset=utf-8')
    }
  }
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return
  if (!ctx.response.getHeader('content-type')) {
    // What the response would infer when it writes a string body.
    const html = typeof body === 'string' && /^\s*</.test(body)
    ctx.response.header(
      'content-type',
      html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8'
    )
  }
  const headers: [string, string][] = []
  for (const [name, value] of Object.entries(ctx.response.getHeaders())) {
    if (STORED_HEADERS.has(name.toLowerCase()) && value !== undefined) {
      headers.push([name, String(value)])
    }
  }
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body)
  const replaced = entries.get(key)
  if (replaced) {
    entries.delete(key)
    storedBytes -= replaced.body.length
  }
  while (entries.size > 0 && storedBytes + bytes.length > MAX_BYTES) {
    const [oldestKey, oldest] = entries.entries().next().value!
    entries.delete(oldestKey)
    storedBytes -= oldest.body.length
  }
  entries.set(key, { headers, body: bytes })
  storedBytes += bytes.length
}
