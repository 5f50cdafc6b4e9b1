import type Tenant from '#kernel/tenancy/models/tenant'
import { recordAuditEvent, type AuditEntry } from '#kernel/audit/record_audit_event'

type Actor = Pick<AuditEntry, 'actor' | 'impersonatorUserId' | 'ip' | 'userAgent'>

/**
 * Saves workspace settings and records what changed. A changed slug keeps
 * the old one in `previous_slugs`, so its URLs redirect.
 */
export async function updateWorkspace(
  tenant: Tenant,
  changes: Partial<
    Pick<
      Tenant,
      'name' | 'slug' | 'country' | 'currency' | 'timezone' | 'locale' | 'brandColor' | 'logoPath'
    >
  >,
  audit: Actor,
  action = 'workspace.settings_changed'
) {
  const before = tenant.serialize()
  if (changes.slug && changes.slug !== tenant.slug) {
    tenant.previousSlugs = [
      ...tenant.previousSlugs.filter((slug) => slug !== changes.slug),
      tenant.slug,
    ]
  }
  tenant.merge(changes)
  const dirty = Object.keys(tenant.$dirty).filter((key) => key !== 'previousSlugs')
  if (dirty.length === 0) {
    return tenant
  }
  await tenant.save()
  await recordAuditEvent({
    ...audit,
    action,
    subject: { type: 'workspace', id: tenant.id, label: tenant.name },
    metadata: Object.fromEntries(
      dirty.map((key) => [key, { from: before[key] ?? null, to: tenant.serialize()[key] ?? null }])
    ),
  })
  return tenant
}
