import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent from '#kernel/audit/audit_event'
import UserSession from '#kernel/identity/models/user_session'
import { currentTrackedSessionId } from '#kernel/identity/session_tracker'

/**
 * Workspace settings → Security: your own signed-in browsers and the
 * team's recent account activity (sign-ins, failures, password changes).
 */
export default class WorkspaceSecurityController {
  async show(ctx: HttpContext) {
    const { bouncer, inertia, member } = ctx
    await bouncer.authorize('can', 'workspace.settings.view')
    const current = currentTrackedSessionId(ctx)
    const sessions = await UserSession.query()
      .where('user_id', member!.user.id)
      .whereNull('revoked_at')
      .orderBy('last_seen_at', 'desc')
      .limit(20)
    const activity = member!.can('workspace.audit.view')
      ? await AuditEvent.query()
          .where('action', 'like', 'account.%')
          .orderBy('created_at', 'desc')
          .limit(30)
      : []
    return inertia.render('workspace/settings/security', {
      sessions: sessions.map((session) => ({
        id: session.id,
        ip: session.ip,
        userAgent: session.userAgent,
        lastSeenAt: session.lastSeenAt.toISO()!,
        current: session.id === current,
      })),
      activity: activity.map((event) => ({
        id: event.id,
        action: event.action,
        actor: event.actorLabel,
        ip: event.ip,
        createdAt: event.createdAt.toISO()!,
      })),
      canViewAudit: member!.can('workspace.audit.view'),
    })
  }
}
