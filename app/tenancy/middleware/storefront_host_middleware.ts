import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { classifyHost } from '#kernel/tenancy/storefront_host'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'

/**
 * Storefronts answer on `<slug>.<APP_DOMAIN>` and on verified custom
 * domains. Both are served by the `/s/:slug` routes: this server
 * middleware, which runs before routing, maps such a request onto them and
 * remembers that links must not carry the `/s/:slug` prefix.
 */
export default class StorefrontHostMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const host = classifyHost(ctx.request.hostname() ?? '')
    if (host.kind === 'platform') {
      return next()
    }

    let slug: string | undefined
    if (host.kind === 'subdomain') {
      slug = host.slug
    } else {
      const tenant = await tenantResolver.byCustomDomain(host.host)
      slug = tenant?.slug
    }
    if (!slug) {
      return next()
    }

    const parsed = ctx.request.parsedUrl
    if (!parsed.pathname?.startsWith('/assets/') && !parsed.pathname?.startsWith('/__transmit')) {
      parsed.pathname = `/s/${slug}${parsed.pathname === '/' ? '' : parsed.pathname}`
      ctx.storefrontBasePath = ''
    }
    return next()
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /**
     * The path prefix storefront links use: `/s/<slug>` when the storefront
     * is reached through the platform host, empty on its own host.
     */
    storefrontBasePath?: string
  }
}
