import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type Tenant from '#kernel/tenancy/models/tenant'
import { runRequestInScope } from '#kernel/tenancy/request_scope'
import { rateLimits } from '#kernel/identity/rate_limits'

/**
 * The REST API (`/api/v1`): the bearer token names the workspace. Each
 * token has its own rate limit; the rest of the request runs in that
 * workspace's tenant scope.
 */
export default class ApiTenantMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const tenant = (await ctx.auth.use('api').authenticate()) as Tenant
    const limit = await rateLimits.api().consume(`api:${tenant.currentAccessToken!.identifier}`)
    ctx.response.header('X-RateLimit-Limit', String(limit.limit))
    ctx.response.header('X-RateLimit-Remaining', String(limit.remaining))
    if (tenant.isSuspended) {
      return ctx.response
        .status(423)
        .send({ errors: [{ message: 'This workspace is suspended.' }] })
    }
    return runRequestInScope(ctx, { tenantId: tenant.id }, async () => {
      ctx.tenant = tenant
      return next()
    })
  }
}
