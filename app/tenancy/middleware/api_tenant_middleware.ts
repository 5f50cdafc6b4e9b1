import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type Tenant from '#kernel/tenancy/models/tenant'
import { runRequestInScope } from '#kernel/tenancy/request_scope'

/**
 * The REST API (`/api/v1`): the bearer token names the workspace. The rest
 * of the request runs in that workspace's tenant scope.
 */
export default class ApiTenantMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const tenant = (await ctx.auth.use('api').authenticate()) as Tenant
    if (tenant.isSuspended) {
      return ctx.response.status(423).send({ message: 'This workspace is suspended.' })
    }
    return runRequestInScope(ctx, { tenantId: tenant.id }, async () => {
      ctx.tenant = tenant
      return next()
    })
  }
}
