import type { HttpContext } from '@adonisjs/core/http'
import type Tenant from '#kernel/tenancy/models/tenant'
import { moduleOpenFromCache } from '#kernel/modules/request_modules'

/**
 * Responses of read-only API routes kept in this process's memory, served
 * before the request opens its tenant transaction. A module declares which
 * routes may be cached and gives each workspace's data a generation: a
 * value that changes whenever the data the responses are made of changes
 * (null: do not cache now). Entries of an old generation are never read.
 */
export interface CachedApiRoute {
  /** Module whose enablement the route needs (the module gate's rule). */
  module: string
  /** Token scope the route needs. */
  scope: string
  generation(tenantId: string): string | null
}

const routes = new Map<string, CachedApiRoute>()
const MAX_ENTRIES = 2000
/** Bytes, ready to send (no re-encoding per request). */
const entries = new Map<string, Buffer>()
const pending = new WeakMap<HttpContext, string>()

export function defineCachedApiRoute(routeName: string, route: CachedApiRoute) {
  routes.set(routeName, route)
}

/**
 * The cached body of this request, or null. On a miss the request is
 * remembered with the generation read now (before any data is read), and
 * `rememberApiResponse` stores what the route answers under it.
 */
export async function cachedApiResponse(ctx: HttpContext, tenant: Tenant) {
  const name = ctx.route?.name
  const route = name ? routes.get(name) : undefined
  if (!route || ctx.request.method() !== 'GET') return null
  if (!tenant.currentAccessToken?.allows(route.scope)) return null
  if (!(await moduleOpenFromCache(tenant.id, route.module))) return null
  const generation = route.generation(tenant.id)
  if (generation === null) return null
  const key = `${tenant.id}|${generation}|${ctx.request.url(true)}`
  const body = entries.get(key)
  if (body === undefined) {
    pending.set(ctx, key)
    return null
  }
  return body
}

export function rememberApiResponse(ctx: HttpContext, body: string) {
  const key = pending.get(ctx)
  if (!key || ctx.response.getStatus() !== 200) return
  if (entries.size >= MAX_ENTRIES) {
    entries.delete(entries.keys().next().value!)
  }
  entries.set(key, Buffer.from(body))
}
