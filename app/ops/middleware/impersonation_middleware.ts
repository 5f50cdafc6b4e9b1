import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { withTenant } from '#kernel/tenancy/with_tenant'
import {
  abandonImpersonation,
  bannerOf,
  endImpersonation,
  impersonationState,
  loadRunningImpersonation,
  type ImpersonationBanner,
} from '#kernel/ops/impersonation'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a request does something in the user's name: anything but a
 * read, except subscribing to live events (listening, over POST) and
 * ending the impersonation (recorded by itself).
 */
function isAction(ctx: HttpContext) {
  return (
    !SAFE_METHODS.has(ctx.request.method()) &&
    ctx.route?.name !== 'ops.impersonation.end' &&
    !ctx.request.url().startsWith('/__transmit/')
  )
}

/**
 * What an operator acting as a user may not do in their name: change how
 * they sign in, end their other sessions, or reach beyond the workspace
 * (create one, join one).
 */
const REFUSED_ROUTES = new Set([
  'identity.account.email',
  'identity.account.password',
  'identity.account.end_session',
  'identity.account.end_other_sessions',
  'tenancy.onboarding.store',
  'identity.invitations.accept',
])

/**
 * Runs on every browser request. While an operator acts as a user it:
 *
 * - ends the impersonation once its time is up (the next request after
 *   that goes back to `/ops`), or when the operator signs out;
 * - keeps the operator inside the one workspace they came to see;
 * - tells the audit log about both identities (`ctx.impersonator`) and
 *   records every action (any request that is not a read) there;
 * - gives pages what the banner shows.
 */
export default class ImpersonationMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const state = impersonationState(ctx)
    if (!state) {
      return next()
    }

    const running = await loadRunningImpersonation(state)
    if (!running) {
      await endImpersonation(ctx, state, 'expired')
      ctx.session.flash('error', 'Your time acting as this user is up: you are yourself again.')
      return ctx.response.redirect('/ops')
    }
    const web = ctx.auth.use('web')
    if (ctx.session.get(web.sessionKeyName) !== running.user.id) {
      await abandonImpersonation(ctx, state)
      return next()
    }
    if (ctx.route?.name === 'identity.session.destroy') {
      await endImpersonation(ctx, state, 'ended')
      ctx.session.flash('success', 'You stopped acting as this user.')
      return ctx.response.redirect('/ops')
    }

    const { user, operator, tenant } = running
    const workspace = ctx.params.workspace
    if (
      ctx.route?.pattern.startsWith('/app/:workspace') &&
      typeof workspace === 'string' &&
      workspace.toLowerCase() !== tenant.slug
    ) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    if (REFUSED_ROUTES.has(ctx.route?.name ?? '')) {
      ctx.session.flash('error', 'Not while acting as this user: ask them to do it themselves.')
      return ctx.response.redirect().back()
    }

    ctx.impersonator = { id: operator.id, label: operator.email }
    ctx.impersonation = bannerOf(running)
    const output = await next()

    if (isAction(ctx)) {
      await withTenant(tenant.id, () =>
        recordAuditEvent({
          action: 'ops.impersonation.action',
          actor: { id: user.id, label: user.email },
          impersonatorUserId: operator.id,
          impersonatorLabel: operator.email,
          subject: { type: 'request', id: ctx.route?.name ?? ctx.request.method() },
          metadata: {
            method: ctx.request.method(),
            path: ctx.request.url(),
            status: ctx.response.getStatus(),
          },
          ip: ctx.request.ip(),
          userAgent: ctx.request.header('user-agent') ?? null,
        })
      )
    }
    return output
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** The banner of the operator acting as the signed-in user. */
    impersonation?: ImpersonationBanner
  }
}
