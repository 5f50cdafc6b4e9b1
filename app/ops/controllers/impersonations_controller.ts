import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Tenant from '#kernel/tenancy/models/tenant'
import { impersonateValidator } from '#kernel/ops/validators'
import { endImpersonation, impersonationState, startImpersonation } from '#kernel/ops/impersonation'

export default class ImpersonationsController {
  /** An operator starts acting as a member of a workspace, into its back office. */
  async store(ctx: HttpContext) {
    const tenant = await Tenant.find(String(ctx.params.id))
    if (!tenant) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    const { user_id: userId, reason } = await ctx.request.validateUsing(impersonateValidator)
    await startImpersonation(ctx, { operator: ctx.operator!, tenant, userId, reason })
    return ctx.response.redirect().toRoute('tenancy.dashboard.show', { workspace: tenant.slug })
  }

  /** "End" on the banner: the operator is themselves again, back in the console. */
  async destroy(ctx: HttpContext) {
    const state = impersonationState(ctx)
    if (!state) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    const impersonation = await endImpersonation(ctx, state, 'ended')
    ctx.session.flash('success', 'You stopped acting as this user.')
    return ctx.response.redirect(
      impersonation ? `/ops/tenants/${impersonation.targetTenantId}` : '/ops'
    )
  }
}
