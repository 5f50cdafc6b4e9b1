import type { HttpContext } from '@adonisjs/core/http'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'

const cache = new WeakMap<HttpContext, Promise<Set<string>>>()

/**
 * The current workspace's enabled modules, read once per request (tenant
 * scope).
 */
export function enabledModulesOf(ctx: HttpContext) {
  let enabled = cache.get(ctx)
  if (!enabled) {
    enabled = enabledModuleKeys()
    cache.set(ctx, enabled)
  }
  return enabled
}

export function forgetEnabledModules(ctx: HttpContext) {
  cache.delete(ctx)
}
