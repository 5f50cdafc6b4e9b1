import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { storefrontClosedForBilling } from '#kernel/billing/dunning/billing_restriction'
import {
  cacheableShopRoute,
  fillShopPage,
  rememberShopPage,
  shopPageKey,
  storedShopPage,
} from '#kernel/tenancy/storefront_page_cache'

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

    const { tenant } = await tenantResolver.bySlug(String(ctx.params.storefront))
    if (!tenant) return next()
    const key = await shopPageKey(ctx, page, tenant)
    if (!key) return next()
    if (await withTenant(tenant.id, () => storefrontClosedForBilling())) return next()

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
