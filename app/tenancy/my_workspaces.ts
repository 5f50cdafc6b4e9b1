import db from '@adonisjs/lucid/services/db'
import { withUser } from '#kernel/tenancy/with_tenant'
import { currentScope } from '#kernel/tenancy/tenant_context'
import { publicFileUrl } from '#kernel/files/image_upload'
import type { Role } from '#kernel/identity/roles'

export type WorkspaceSummary = {
  id: string
  slug: string
  name: string
  role: Role
  logoUrl: string | null
  brandColor: string
  suspended: boolean
}

/**
 * Every workspace the person belongs to (the workspace switcher). Row-level
 * security admits their membership rows through `app.user_id`, which tenant
 * requests set too, so this works inside and outside a tenant scope.
 */
export function myWorkspaces(userId: string): Promise<WorkspaceSummary[]> {
  const run = async () => {
    const rows = await db
      .from('memberships')
      .join('tenants', 'tenants.id', 'memberships.tenant_id')
      .where('memberships.user_id', userId)
      .orderBy('tenants.name')
      .select(
        'tenants.id',
        'tenants.slug',
        'tenants.name',
        'tenants.logo_path',
        'tenants.brand_color',
        'tenants.status',
        'memberships.role'
      )
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      role: row.role,
      logoUrl: publicFileUrl(row.logo_path),
      brandColor: row.brand_color,
      suspended: row.status === 'suspended',
    }))
  }
  const scope = currentScope()
  return scope?.userId === userId ? run() : withUser(userId, run)
}
