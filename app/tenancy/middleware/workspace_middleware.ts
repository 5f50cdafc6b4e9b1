import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import { Bouncer } from '@adonisjs/bouncer'
import Membership from '#kernel/identity/models/membership'
import type User from '#kernel/identity/models/user'
import { WorkspaceMember, permissionsOf } from '#kernel/identity/workspace_member'
import * as abilities from '#kernel/identity/abilities'
import type Tenant from '#kernel/tenancy/models/tenant'
import { runRequestInScope } from '#kernel/tenancy/request_scope'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'
import { noteWorkspaceActivity } from '#kernel/ops/tenant_activity'
import { refuseWritesWhileRestricted } from '#kernel/billing/dunning/billing_restriction'

/**
 * The back office of one workspace: `/app/:workspace/...`. Resolves the
 * workspace from the URL, runs the rest of the request in its tenant scope
 * and requires a membership. A workspace the user does not belong to is a
 * 404, exactly like one that does not exist.
 */
export default class WorkspaceMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.getUserOrFail() as User
    const { tenant, movedTo } = await tenantResolver.bySlug(String(ctx.params.workspace))

    if (!tenant) {
      if (movedTo && ctx.request.method() === 'GET') {
        const rest = ctx.request.url(true).replace(/^\/app\/[^/?]+/, '')
        return ctx.response.redirect(`/app/${movedTo}${rest}`)
      }
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }

    return runRequestInScope(ctx, { tenantId: tenant.id, userId: user.id }, async () => {
      const membership = await Membership.findBy('user_id', user.id)
      if (!membership) {
        throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
      }
      if (tenant.isSuspended) {
        // Middleware return values are not sent: the rendered page is.
        const page = await ctx.inertia.render('errors/suspended', {
          workspaceName: tenant.name,
          reason: tenant.suspendedReason,
          audience: 'staff',
        })
        return ctx.response.status(423).send(page)
      }
      if (!ctx.impersonation) {
        await noteWorkspaceActivity(tenant.id)
      }
      const member = new WorkspaceMember(user, membership, await permissionsOf(membership.role))
      ctx.tenant = tenant
      ctx.member = member
      ctx.bouncer = new Bouncer(() => member, abilities).setContainerResolver(ctx.containerResolver)
      return refuseWritesWhileRestricted(ctx, next)
    })
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    tenant?: Tenant
    member?: WorkspaceMember
    bouncer: Bouncer<WorkspaceMember, typeof abilities>
  }
}
