import type Plan from '#kernel/billing/models/plan'
import { disableModule, enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { withTenant } from '#kernel/tenancy/with_tenant'

/**
 * Brings a workspace's modules in line with a new plan: every enabled
 * module the plan lacks is switched off (its data kept), modules that
 * depend on it first. Returns the keys switched off. Called when a
 * workspace moves to a smaller plan.
 */
export async function applyPlanModules(tenantId: string, plan: Pick<Plan, 'modules'>) {
  return withTenant(tenantId, async () => {
    const enabled = await enabledModuleKeys()
    const outside = [...enabled].filter((key) => !plan.modules.includes(key))
    const ordered = dependentsFirst(outside)
    const disabled: string[] = []
    for (const key of ordered) {
      const stillEnabled = await enabledModuleKeys()
      if (!stillEnabled.has(key)) continue
      disabled.push(...(await disableModule(key, { actor: null })))
    }
    return disabled
  })
}

/** Modules that depend on others come before them, so each can be switched off in turn. */
function dependentsFirst(keys: string[]) {
  const depth = (key: string, seen = new Set<string>()): number => {
    if (seen.has(key)) return 0
    seen.add(key)
    const dependents = moduleRegistry.dependentsOf(key)
    return dependents.length === 0 ? 0 : 1 + Math.max(...dependents.map((d) => depth(d, seen)))
  }
  return [...keys].sort((a, b) => depth(a) - depth(b))
}
