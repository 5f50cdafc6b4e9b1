import type { HttpContext } from '@adonisjs/core/http'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { moduleRegistry } from '#kernel/modules/module_registry'
import app from '@adonisjs/core/services/app'
import { enabledModulesOf } from '#kernel/modules/request_modules'
import { ModuleAvailability } from '#kernel/modules/module_availability'

/**
 * The back-office navigation entries of the modules the workspace has
 * enabled and its plan includes, limited to those the member's
 * permissions allow.
 */
export async function moduleNavigation(ctx: HttpContext) {
  const enabled = await enabledModulesOf(ctx)
  const availability = await app.container.make(ModuleAvailability)
  const entries = []
  for (const { manifest } of moduleRegistry.all()) {
    if (!enabled.has(manifest.key)) continue
    if (!(await availability.isAvailable(ctx.tenant!.id, manifest.key))) continue
    for (const entry of manifest.navigation ?? []) {
      if (entry.permission && !ctx.member!.can(entry.permission)) continue
      entries.push({
        label: entry.label,
        href: urlFor(entry.route as any, { workspace: ctx.tenant!.slug }),
        icon: entry.icon ?? manifest.icon,
      })
    }
  }
  return entries
}
