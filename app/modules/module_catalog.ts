import app from '@adonisjs/core/services/app'
import TenantModule from '#kernel/modules/tenant_module'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import { requireTenantId } from '#kernel/tenancy/tenant_context'

export type ModuleState = 'enabled' | 'disabled' | 'off'

/**
 * Every module as the workspace's Modules settings show it: what it does,
 * what it needs, whether the plan includes it and its state here.
 */
export async function moduleCatalog() {
  const saved = await TenantModule.query()
  const rows = new Map(saved.map((row) => [row.moduleKey, row] as const))
  const availability = await app.container.make(ModuleAvailability)
  const tenantId = requireTenantId()
  const nameOf = (key: string) => moduleRegistry.get(key)?.manifest.name ?? key
  const enabled = new Set(
    [...rows.values()].filter((row) => row.status === 'enabled').map((row) => row.moduleKey)
  )

  const modules = []
  for (const { manifest } of moduleRegistry.all()) {
    const offeredOn = await availability.plansIncluding(manifest.key)
    const row = rows.get(manifest.key)
    const state: ModuleState = row?.status ?? 'off'
    modules.push({
      key: manifest.key,
      name: manifest.name,
      description: manifest.description,
      icon: manifest.icon,
      bridge: Boolean(manifest.autoEnable),
      dependsOn: (manifest.dependsOn ?? []).map((key) => ({ key, name: nameOf(key) })),
      enabledDependents: moduleRegistry
        .dependentsOf(manifest.key)
        .filter((key) => enabled.has(key) && !moduleRegistry.get(key)?.manifest.autoEnable)
        .map(nameOf),
      willAlsoEnable: moduleRegistry
        .withDependencies(manifest.key)
        .filter((key) => key !== manifest.key && !enabled.has(key))
        .map(nameOf),
      available: await availability.isAvailable(tenantId, manifest.key),
      offeredOn: offeredOn.map((plan) => plan.name),
      state,
      enabledAt: row?.enabledAt?.toISO() ?? null,
      disabledAt: row?.disabledAt?.toISO() ?? null,
      purgeAfter: row?.purgeAfter?.toISO() ?? null,
      purgedAt: row?.purgedAt?.toISO() ?? null,
    })
  }
  return modules.sort((a, b) => a.name.localeCompare(b.name))
}
