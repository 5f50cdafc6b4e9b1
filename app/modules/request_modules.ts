import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { tenantCache } from '#kernel/cache/tenant_cache'
import { afterCommit, currentScope, requireTenantId } from '#kernel/tenancy/tenant_context'
import type { DatabaseScope } from '#kernel/tenancy/tenant_context'

const perRequest = new WeakMap<HttpContext, Promise<Set<string>>>()

/** Transactions that changed a workspace's modules: they read the table, not the cache. */
const changedIn = new WeakSet<DatabaseScope>()

const KEY = 'enabled_modules'

async function cachedEnabledModules() {
  const scope = currentScope()
  if (scope && changedIn.has(scope)) {
    return enabledModuleKeys()
  }
  const keys = await tenantCache(requireTenantId()).getOrSet({
    key: KEY,
    ttl: '5m',
    factory: async () => [...(await enabledModuleKeys())],
  })
  return new Set(keys)
}

/**
 * The current workspace's enabled modules, read once per request (tenant
 * scope) and cached per workspace between requests: every module-gated
 * request asks. TenantModule forgets the entry when a row changes.
 */
export function enabledModulesOf(ctx: HttpContext) {
  let enabled = perRequest.get(ctx)
  if (!enabled) {
    enabled = cachedEnabledModules()
    perRequest.set(ctx, enabled)
  }
  return enabled
}

/**
 * The module gate's rule (see module_gate_middleware.ts) for routes that
 * find their workspace themselves: enabled by the workspace and in its plan.
 */
export async function moduleOpenFor(ctx: HttpContext, tenantId: string, moduleKey: string) {
  const enabled = await enabledModulesOf(ctx)
  if (!enabled.has(moduleKey)) return false
  const availability = await app.container.make(ModuleAvailability)
  return availability.isAvailable(tenantId, moduleKey)
}

export function forgetEnabledModules(ctx: HttpContext) {
  perRequest.delete(ctx)
}

/**
 * A workspace's modules changed in the current transaction: its cached
 * list goes now and once the transaction commits, and until then this
 * transaction reads the table (a rollback must not leave its view cached).
 */
export async function forgetCachedModules(tenantId: string) {
  const scope = currentScope()
  if (scope) changedIn.add(scope)
  await tenantCache(tenantId).delete({ key: KEY })
  await afterCommit(async () => {
    await tenantCache(tenantId).delete({ key: KEY })
  })
}

/**
 * The module gate's rule for answers served before a request opens its
 * tenant scope (response caches): enabled by the workspace's cached list
 * (not cached yet counts as no) and in its plan.
 */
export async function moduleOpenFromCache(tenantId: string, moduleKey: string) {
  const enabled = await tenantCache(tenantId).get<string[]>({ key: KEY })
  if (!enabled?.includes(moduleKey)) return false
  const availability = await app.container.make(ModuleAvailability)
  return availability.isAvailable(tenantId, moduleKey)
}
