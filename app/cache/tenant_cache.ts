import cache from '@adonisjs/cache/services/main'
import { requireTenantId } from '#kernel/tenancy/tenant_context'

/**
 * The cache of one workspace (the current one by default): every key is
 * prefixed with the tenant, so workspaces never read each other's entries,
 * and `tenantCache(id).clear()` forgets one workspace only.
 */
export function tenantCache(tenantId: string = requireTenantId()) {
  return cache.namespace(`tenants:${tenantId}`)
}
