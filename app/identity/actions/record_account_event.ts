import db from '@adonisjs/lucid/services/db'
import UserSecurityEvent from '#kernel/identity/models/user_security_event'
import type User from '#kernel/identity/models/user'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { withTenant, withUser } from '#kernel/tenancy/with_tenant'

export interface RequestOrigin {
  ip: string | null
  userAgent: string | null
}

/**
 * Records an account-level security event (sign-in, failed sign-in,
 * password or email change) for the person, and in the audit log of every
 * workspace they belong to, so owners see their team's account activity.
 */
export async function recordAccountEvent(input: {
  action: string
  user?: User | null
  email?: string
  metadata?: Record<string, unknown>
  origin: RequestOrigin
}) {
  const email = input.user?.email ?? input.email ?? null
  await UserSecurityEvent.create({
    userId: input.user?.id ?? null,
    email,
    action: input.action,
    metadata: input.metadata ?? {},
    ip: input.origin.ip,
    userAgent: input.origin.userAgent?.slice(0, 512) ?? null,
  })

  const user = input.user
  if (!user) {
    return
  }
  const tenantIds = await withUser(user.id, async () => {
    const rows = await db.from('memberships').where('user_id', user.id).select('tenant_id')
    return rows.map((row: { tenant_id: string }) => row.tenant_id)
  })
  for (const tenantId of tenantIds) {
    await withTenant(tenantId, () =>
      recordAuditEvent({
        action: input.action,
        actor: { id: user.id, label: user.email },
        subject: { type: 'user', id: user.id, label: user.email },
        metadata: input.metadata,
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
      })
    )
  }
}
