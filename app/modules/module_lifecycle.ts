import { DateTime } from 'luxon'
import { ActionRefused } from '#exceptions/action_refused'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import TenantModule from '#kernel/modules/tenant_module'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import type { ModuleHookContext } from '#kernel/modules/define_module'
import { recordAuditEvent, type AuditEntry } from '#kernel/audit/record_audit_event'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { emitEvent } from '#kernel/contracts/emit_event'

export class ModuleLifecycleError extends ActionRefused {}

type Actor = Pick<AuditEntry, 'actor' | 'impersonatorUserId' | 'ip' | 'userAgent'>

export const PURGE_DELAY_DAYS = () => env.get('MODULE_PURGE_DELAY_DAYS', 7)

/**
 * The keys of the modules the current workspace has enabled (tenant scope).
 */
export async function enabledModuleKeys(): Promise<Set<string>> {
  const rows = await TenantModule.query().where('status', 'enabled').select('module_key')
  return new Set(rows.map((row) => row.moduleKey))
}

async function runHook(key: string, hook: 'onEnable' | 'onDisable' | 'onPurge', actor: Actor) {
  const loader = moduleRegistry.get(key)?.manifest.hooks?.[hook]
  if (!loader) {
    return
  }
  const { default: run } = await loader()
  const context: ModuleHookContext = {
    tenantId: requireTenantId(),
    moduleKey: key,
    actorUserId: actor.actor?.id ?? null,
  }
  // A savepoint: a failing hook undoes only its own writes before the
  // error reaches the caller.
  await db.transaction(() => run(context))
}

async function assertAvailable(key: string) {
  const availability = await app.container.make(ModuleAvailability)
  if (!(await availability.isAvailable(requireTenantId(), key))) {
    const name = moduleRegistry.get(key)?.manifest.name ?? key
    throw new ModuleLifecycleError(`${name} is not included in your plan. Upgrade to use it.`)
  }
}

/**
 * The modules enabling `key` would switch on, dependencies first (for the
 * confirmation shown before enabling).
 */
export async function modulesToEnable(key: string) {
  const enabled = await enabledModuleKeys()
  return moduleRegistry.withDependencies(key).filter((candidate) => !enabled.has(candidate))
}

/**
 * Enables a module and, first, every module it depends on; then any bridge
 * module whose dependencies are now all enabled. Runs each module's
 * `onEnable` hook. Enabling an enabled module changes nothing.
 */
export async function enableModule(key: string, audit: Actor) {
  if (!moduleRegistry.has(key)) {
    throw new ModuleLifecycleError(`There is no module "${key}".`)
  }
  const enabledNow: string[] = []
  for (const candidate of await modulesToEnable(key)) {
    await assertAvailable(candidate)
    await switchOn(candidate, audit)
    enabledNow.push(candidate)
  }
  enabledNow.push(...(await enableReadyBridges(audit)))
  return enabledNow
}

async function switchOn(key: string, audit: Actor) {
  const row = (await TenantModule.findBy('module_key', key)) ?? new TenantModule()
  row.merge({
    moduleKey: key,
    status: 'enabled',
    enabledAt: DateTime.now(),
    purgeAfter: null,
    purgeRequestedBy: null,
  })
  await row.save()
  await runHook(key, 'onEnable', audit)
  await recordAuditEvent({
    ...audit,
    action: 'module.enabled',
    subject: { type: 'module', id: key, label: moduleRegistry.get(key)!.manifest.name },
  })
  await emitEvent('workspace.module.enabled', { tenantId: requireTenantId(), moduleKey: key })
}

async function enableReadyBridges(audit: Actor) {
  const switched: string[] = []
  let enabled = await enabledModuleKeys()
  for (const module of moduleRegistry.all()) {
    const { key, autoEnable, dependsOn = [] } = module.manifest
    if (
      autoEnable &&
      !enabled.has(key) &&
      dependsOn.every((dependency) => enabled.has(dependency))
    ) {
      await switchOn(key, audit)
      switched.push(key)
      enabled = await enabledModuleKeys()
    }
  }
  return switched
}

/**
 * Disables a module, keeping all of its data. Refused while another
 * enabled module needs it; bridge modules that need it are disabled first.
 */
export async function disableModule(key: string, audit: Actor) {
  const enabled = await enabledModuleKeys()
  if (!enabled.has(key)) {
    return []
  }
  const dependents = moduleRegistry.dependentsOf(key).filter((dependent) => enabled.has(dependent))
  const blocking = dependents.filter(
    (dependent) => !moduleRegistry.get(dependent)!.manifest.autoEnable
  )
  if (blocking.length > 0) {
    const names = blocking.map((dependent) => moduleRegistry.get(dependent)!.manifest.name)
    throw new ModuleLifecycleError(
      `Disable ${names.join(', ')} first: ${names.length > 1 ? 'they need' : 'it needs'} this module.`
    )
  }
  const disabledNow: string[] = []
  for (const candidate of [...dependents, key]) {
    const row = await TenantModule.findByOrFail('module_key', candidate)
    await runHook(candidate, 'onDisable', audit)
    row.merge({ status: 'disabled', disabledAt: DateTime.now() })
    await row.save()
    await recordAuditEvent({
      ...audit,
      action: 'module.disabled',
      subject: {
        type: 'module',
        id: candidate,
        label: moduleRegistry.get(candidate)!.manifest.name,
      },
    })
    await emitEvent('workspace.module.disabled', {
      tenantId: requireTenantId(),
      moduleKey: candidate,
    })
    disabledNow.push(candidate)
  }
  return disabledNow
}

/**
 * Schedules the deletion of a disabled module's data after the purge
 * delay; the owner confirms by typing the module's key.
 */
export async function schedulePurge(key: string, confirmation: string, audit: Actor) {
  const row = await TenantModule.findBy('module_key', key)
  if (!row || row.status !== 'disabled') {
    throw new ModuleLifecycleError('Only a disabled module can be purged. Disable it first.')
  }
  if (confirmation.trim() !== key) {
    throw new ModuleLifecycleError(`Type "${key}" to confirm.`)
  }
  row.merge({
    purgeAfter: DateTime.now().plus({ days: PURGE_DELAY_DAYS() }),
    purgeRequestedBy: audit.actor?.id ?? null,
    purgedAt: null,
  })
  await row.save()
  await recordAuditEvent({
    ...audit,
    action: 'module.purge_scheduled',
    subject: { type: 'module', id: key, label: moduleRegistry.get(key)?.manifest.name ?? key },
    metadata: { purgeAfter: row.purgeAfter!.toISO() },
  })
  return row
}

export async function cancelPurge(key: string, audit: Actor) {
  const row = await TenantModule.findBy('module_key', key)
  if (!row?.purgeAfter) {
    return
  }
  row.merge({ purgeAfter: null, purgeRequestedBy: null })
  await row.save()
  await recordAuditEvent({
    ...audit,
    action: 'module.purge_cancelled',
    subject: { type: 'module', id: key, label: moduleRegistry.get(key)?.manifest.name ?? key },
  })
}

/**
 * Runs every purge whose delay has passed (a scheduled job): the module's
 * `onPurge` hook in the workspace's scope, then the purge is recorded.
 */
export async function runDuePurges(now = DateTime.now()) {
  const due = await withPlatform('run due module purges', async () =>
    db
      .from('tenant_modules')
      .whereNotNull('purge_after')
      .whereNull('purged_at')
      .where('purge_after', '<=', now.toJSDate())
      .where('status', 'disabled')
      .select('tenant_id', 'module_key')
  )
  for (const { tenant_id: tenantId, module_key: key } of due) {
    await withTenant(tenantId, async () => {
      const row = await TenantModule.findByOrFail('module_key', key)
      if (!row.purgeAfter || row.purgedAt || row.status !== 'disabled') {
        return
      }
      const audit = { actor: null }
      await runHook(key, 'onPurge', audit)
      row.merge({ purgedAt: DateTime.now(), purgeAfter: null, settings: {} })
      await row.save()
      await recordAuditEvent({
        ...audit,
        action: 'module.purged',
        subject: { type: 'module', id: key, label: moduleRegistry.get(key)?.manifest.name ?? key },
      })
    })
  }
  return due.length
}

/**
 * The current workspace's settings of a module (its defaults apply for
 * anything never saved).
 */
export async function moduleSettings<T extends Record<string, unknown>>(key: string) {
  const row = await TenantModule.findBy('module_key', key)
  return (row?.settings ?? {}) as Partial<T>
}

/**
 * Validates settings with the module's own VineJS schema (`settings` in
 * its manifest) and saves them; invalid input raises the usual validation
 * error (422 or form errors).
 */
export async function updateModuleSettings(key: string, input: unknown, audit: Actor) {
  const loader = moduleRegistry.get(key)?.manifest.settings
  if (!loader) {
    throw new ModuleLifecycleError(`${key} has no settings.`)
  }
  const { default: validator } = await loader()
  const settings = await validator.validate(input)
  const row = await TenantModule.findBy('module_key', key)
  if (!row || row.status !== 'enabled') {
    throw new ModuleLifecycleError('Switch the module on before changing its settings.')
  }
  row.settings = { ...row.settings, ...settings }
  await row.save()
  await recordAuditEvent({
    ...audit,
    action: 'module.settings_changed',
    subject: { type: 'module', id: key, label: moduleRegistry.get(key)?.manifest.name ?? key },
    metadata: { changed: Object.keys(settings) },
  })
  return row.settings
}
