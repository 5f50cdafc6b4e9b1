import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import Tenant from '#kernel/tenancy/models/tenant'
import Subscription from '#kernel/billing/models/subscription'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'
import { withTenant } from '#kernel/tenancy/with_tenant'
import {
  type CachedShopPage,
  cacheableShopRoute,
  fillShopPage,
  rememberShopPage,
  shopPageKey,
  storedShopPage,
} from '#kernel/tenancy/storefront_page_cache'

/**
 * A shop's workspace as the page cache last read it, with whether its
 * subscription is restricted (the storefront may then be closed: such
 * shops are not served from the cache), valid while the page generation
 * it was read under holds (the module's generation covers the workspace
 * row and its subscription).
 */
interface KnownShop {
  tenant: Tenant
  restricted: boolean
  generation: string
}

const shops = new Map<string, KnownShop>()

async function knownShop(slug: string, page: CachedShopPage): Promise<KnownShop | null> {
  const known = shops.get(slug)
  if (known && page.generation(known.tenant.id) === known.generation) return known
  shops.delete(slug)
  const { tenant: found } = await tenantResolver.bySlug(slug)
  if (!found) return null
  // Read under the generation taken first: a later change makes it stale.
  const generation = page.generation(found.id)
  if (generation === null) return null
  const tenant = await Tenant.find(found.id)
  if (!tenant || tenant.slug !== slug) return null
  const restricted = await withTenant(tenant.id, async () => {
    const row = await Subscription.query().whereNotNull('restricted_at').first()
    return row !== null
  })
  const shop = { tenant, restricted, generation }
  shops.set(slug, shop)
  return shop
}

/**
 * Answers an anonymous visitor's storefront page from the page cache
 * (storefront_page_cache.ts) before the session, CSRF and storefront
 * middleware run, or lets the page render and stores it. Every other
 * request passes through untouched.
 */
export default class StorefrontPageCacheMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const page = cacheableShopRoute(ctx)
    if (!page) return next()

    const shop = await knownShop(String(ctx.params.storefront).toLowerCase(), page)
    if (!shop || shop.restricted) return next()
    const key = await shopPageKey(ctx, page, shop.tenant)
    if (!key) return next()

    const stored = storedShopPage(key)
    if (stored) {
      for (const [name, value] of stored.headers) ctx.response.header(name, value)
      ctx.response.header('x-wrencos-cache', 'hit')
      ctx.response.status(200).send(stored.body)
      return
    }
    fillShopPage(ctx, key)
    ctx.response.header('x-wrencos-cache', 'miss')
    const output = await next()
    rememberShopPage(ctx)
    return output
  }
}
