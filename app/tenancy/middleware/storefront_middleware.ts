import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import type Customer from '#kernel/identity/models/customer'
import { runRequestInScope } from '#kernel/tenancy/request_scope'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'
import { storefrontClosedForBilling } from '#kernel/billing/dunning/billing_restriction'

/**
 * A workspace's storefront: `/s/:slug/...`, or its own host mapped onto
 * those routes. Runs the request in the workspace's tenant scope, where the
 * `customer` guard can only find that workspace's customers.
 */
export default class StorefrontMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const { tenant, movedTo } = await tenantResolver.bySlug(String(ctx.params.storefront))
    if (!tenant) {
      if (movedTo && ctx.request.method() === 'GET' && ctx.storefrontBasePath === undefined) {
        const rest = ctx.request.url(true).replace(/^\/s\/[^/?]+/, '')
        return ctx.response.redirect(`/s/${movedTo}${rest}`)
      }
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    ctx.storefrontBasePath ??= `/s/${tenant.slug}`

    return runRequestInScope(ctx, { tenantId: tenant.id }, async () => {
      ctx.tenant = tenant
      if (tenant.isSuspended) {
        // Middleware return values are not sent: the rendered page is.
        const page = await ctx.inertia.render('errors/suspended', {
          workspaceName: tenant.name,
          reason: null,
          audience: 'customer',
        })
        return ctx.response.status(423).send(page)
      }
      if (await storefrontClosedForBilling()) {
        const page = await ctx.inertia.render('errors/suspended', {
          workspaceName: tenant.name,
          reason: null,
          audience: 'customer',
        })
        return ctx.response.status(503).send(page)
      }
      const customer = (await ctx.auth.use('customer').check())
        ? (ctx.auth.use('customer').user as Customer)
        : undefined
      ctx.customer = customer?.erasedAt ? undefined : customer
      return next()
    })
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    customer?: Customer
  }
}
