import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent from '#kernel/audit/audit_event'
import { auditFiltersValidator } from '#kernel/identity/validators/team'

const PAGE_SIZE = 50

export default class AuditLogController {
  async index({ bouncer, request, inertia }: HttpContext) {
    await bouncer.authorize('can', 'workspace.audit.view')
    const filters = await request.validateUsing(auditFiltersValidator, { data: request.qs() })
    const query = AuditEvent.query().orderBy('created_at', 'desc').orderBy('id', 'desc')
    if (filters.action) {
      query.where('action', 'like', `${filters.action.replace(/[%_\\]/g, '\\$&')}%`)
    }
    if (filters.actor) {
      query.where('actor_label', 'ilike', `%${filters.actor.replace(/[%_\\]/g, '\\$&')}%`)
    }
    if (filters.from) {
      query.where('created_at', '>=', filters.from)
    }
    if (filters.to) {
      query.where('created_at', '<', new Date(filters.to.getTime() + 24 * 3600 * 1000))
    }
    const page = await query.paginate(filters.page ?? 1, PAGE_SIZE)
    const actions = await AuditEvent.query().distinct('action').orderBy('action').limit(200)

    return inertia.render('workspace/settings/audit', {
      events: page.all().map((event) => ({
        id: event.id,
        action: event.action,
        actor: event.actorLabel,
        impersonator: event.impersonatorUserId ? (event.impersonatorLabel ?? 'an operator') : null,
        subjectType: event.subjectType,
        subject: event.subjectLabel,
        details:
          Object.keys(event.metadata ?? {}).length > 0
            ? JSON.stringify(event.metadata, null, 1)
            : null,
        ip: event.ip,
        userAgent: event.userAgent,
        createdAt: event.createdAt.toISO()!,
      })),
      pagination: {
        page: page.currentPage,
        lastPage: page.lastPage,
        total: page.total,
        perPage: PAGE_SIZE,
      },
      filters: {
        action: filters.action ?? '',
        actor: filters.actor ?? '',
        from: request.qs().from ?? '',
        to: request.qs().to ?? '',
      },
      actions: actions.map((event) => event.action),
    })
  }
}
