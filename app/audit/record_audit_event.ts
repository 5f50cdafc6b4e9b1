import type { HttpContext } from '@adonisjs/core/http'
import AuditEvent from '#kernel/audit/audit_event'

export interface AuditEntry {
  action: string
  actor?: { id: string; label: string } | null
  impersonatorUserId?: string | null
  impersonatorLabel?: string | null
  subject?: { type: string; id: string; label?: string | null }
  metadata?: Record<string, unknown>
  ip?: string | null
  userAgent?: string | null
}

/**
 * Appends one event to the current workspace's audit log (tenant scope).
 */
export async function recordAuditEvent(entry: AuditEntry) {
  return AuditEvent.create({
    action: entry.action,
    actorUserId: entry.actor?.id ?? null,
    actorLabel: entry.actor?.label ?? null,
    impersonatorUserId: entry.impersonatorUserId ?? null,
    impersonatorLabel: entry.impersonatorLabel ?? null,
    subjectType: entry.subject?.type ?? null,
    subjectId: entry.subject?.id ?? null,
    subjectLabel: entry.subject?.label ?? null,
    metadata: entry.metadata ?? {},
    ip: entry.ip ?? null,
    userAgent: entry.userAgent?.slice(0, 512) ?? null,
  })
}

/**
 * The request's actor, IP and user agent, to spread into an audit entry.
 */
export function requestAuditContext(ctx: HttpContext) {
  const user = ctx.auth?.user as { id: string; email: string } | undefined
  return {
    actor: user ? { id: user.id, label: user.email } : null,
    impersonatorUserId: ctx.impersonator?.id ?? null,
    impersonatorLabel: ctx.impersonator?.label ?? null,
    ip: ctx.request.ip(),
    userAgent: ctx.request.header('user-agent') ?? null,
  }
}

declare module '@adonisjs/core/http' {
  export interface HttpContext {
    /** Set while an operator acts as this user (operator console). */
    impersonator?: { id: string; label: string }
  }
}
