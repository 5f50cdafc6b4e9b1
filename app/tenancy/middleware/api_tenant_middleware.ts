import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type Tenant from '#kernel/tenancy/models/tenant'
import { runRequestInScope } from '#kernel/tenancy/request_scope'
import { rateLimits } from '#kernel/identity/rate_limits'
import { cachedApiResponse } from '#kernel/api_tokens/api_response_cache'

/**
 * The REST API (`/api/v1`): the bearer token names the workspace. Each
 * token has its own rate limit; a response the module let the API cache
 * is answered at once; the rest of the request runs in that workspace's
 * tenant scope.
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
    const cached = await cachedApiResponse(ctx, tenant)
    if (cached !== null) {
      ctx.tenant = tenant
      ctx.response.header('content-type', 'application/json; charset=utf-8')
      return ctx.response.header('X-Api-Cache', 'hit').send(cached)
    }
    return runRequestInScope(ctx, { tenantId: tenant.id }, async () => {
      ctx.tenant = tenant
      return next()
    })
  }
}
