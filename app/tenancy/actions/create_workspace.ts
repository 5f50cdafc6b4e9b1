import Tenant, { type Industry } from '#kernel/tenancy/models/tenant'
import Membership from '#kernel/identity/models/membership'
import type User from '#kernel/identity/models/user'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { startTrial } from '#kernel/billing/subscriptions/start_trial'

export interface CreateWorkspaceInput {
  name: string
  slug: string
  industry: Industry
  country: string
  currency: string
  timezone: string
  locale: string
  brandColor?: string
  logoPath?: string | null
}

/**
 * Creates a workspace and makes `owner` its first owner; the workspace
 * starts a trial of the default plan.
 */
export async function createWorkspace(owner: User, input: CreateWorkspaceInput) {
  const tenant = await Tenant.create({
    name: input.name.trim(),
    slug: input.slug.toLowerCase(),
    industry: input.industry,
    country: input.country.toUpperCase(),
    currency: input.currency.toUpperCase(),
    timezone: input.timezone,
    locale: input.locale,
    brandColor: input.brandColor ?? '#ae3ec9',
    logoPath: input.logoPath ?? null,
    status: 'active',
  })

  await withTenant(tenant.id, async () => {
    await Membership.create({ userId: owner.id, role: 'owner' })
    await startTrial()
    await recordAuditEvent({
      action: 'workspace.created',
      actor: { id: owner.id, label: owner.email },
      subject: { type: 'workspace', id: tenant.id, label: tenant.name },
    })
  })

  return tenant
}
