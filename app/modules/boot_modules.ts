import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import type { RouteGroup } from '@adonisjs/core/http'
import { middleware, webMiddleware } from '#start/kernel'
import { definePermission } from '#kernel/identity/permissions'
import {
  moduleRegistry,
  type DiscoveredModule,
  type LoadedModule,
} from '#kernel/modules/module_registry'
import { eventBus } from '#kernel/contracts/event_bus'
import { defineNotificationKind } from '#kernel/notifications/notification_kinds'
import { defineApiScope } from '#kernel/api_tokens/api_scopes'

function registerPermissions(module: LoadedModule) {
  for (const [key, value] of Object.entries(module.manifest.permissions ?? {})) {
    const permission = typeof value === 'string' ? { label: value } : value
    definePermission({ key, label: permission.label, defaultRoles: permission.roles ?? [] })
  }
}

function registerNotificationKinds(module: LoadedModule) {
  for (const [key, kind] of Object.entries(module.manifest.notifications ?? {})) {
    defineNotificationKind({
      key,
      label: kind.label,
      permission: kind.permission,
      defaultChannel: kind.email ? 'email' : 'in_app',
    })
  }
}

function registerApiScopes(module: LoadedModule) {
  for (const [key, label] of Object.entries(module.manifest.apiScopes ?? {})) {
    defineApiScope({ key, label, module: module.manifest.key })
  }
}

function routeNames(group: RouteGroup): (string | undefined)[] {
  return group.routes.flatMap((entry) => {
    if ('getName' in entry) {
      return [entry.getName()]
    }
    if ('routes' in entry && !('prefix' in entry)) {
      return entry.routes.map((route) => route.getName())
    }
    if ('route' in entry) {
      return [entry.route?.getName()]
    }
    return routeNames(entry as RouteGroup)
  })
}

/**
 * Mounts the module's routes where the kernel serves them. Module routes
 * are named explicitly, `<key>.<resource>.<action>`, so route names (and
 * the generated types) never collide between modules.
 */
function mountRoutes(module: LoadedModule) {
  const { key } = module.manifest
  const routes = module.routes
  if (!routes) {
    return
  }
  const gate = middleware.moduleGate({ module: key })
  const groups: RouteGroup[] = []
  if (routes.backOffice) {
    groups.push(
      router
        .group(() => routes.backOffice!(router))
        .prefix(`/app/:workspace/${key}`)
        .use([...webMiddleware, middleware.auth(), middleware.workspace(), gate])
    )
  }
  if (routes.storefront) {
    groups.push(
      router
        .group(() => routes.storefront!(router))
        .prefix('/s/:storefront')
        .use([...webMiddleware, middleware.storefront(), gate])
    )
  }
  if (routes.api) {
    groups.push(
      router
        .group(() => routes.api!(router))
        .prefix('/api/v1')
        .use([middleware.apiTenant(), gate])
    )
  }
  if (routes.public) {
    groups.push(router.group(() => routes.public!(router)))
  }
  for (const name of groups.flatMap(routeNames)) {
    if (!name?.startsWith(`${key}.`)) {
      throw new Error(
        `Module "${key}" has a route ${name ? `named "${name}"` : 'without a name'}: name every route of the module "${key}.<resource>.<action>" with .as()`
      )
    }
  }
  const backOfficeNames = new Set(groups[0] && routes.backOffice ? routeNames(groups[0]) : [])
  for (const entry of module.manifest.navigation ?? []) {
    if (!backOfficeNames.has(entry.route)) {
      throw new Error(
        `Module "${key}" has a navigation entry for "${entry.route}", which is not one of its back-office routes`
      )
    }
    if (entry.permission && !module.manifest.permissions?.[entry.permission]) {
      throw new Error(
        `Module "${key}" shows "${entry.label}" to holders of "${entry.permission}", a permission it does not declare`
      )
    }
  }
}

/**
 * Loads, validates and wires modules: permissions, container bindings
 * (the module's provider), event listeners and routes.
 */
export async function bootModules(discovered: DiscoveredModule[]) {
  const loaded = await moduleRegistry.load(discovered)
  for (const module of loaded) {
    registerPermissions(module)
    registerNotificationKinds(module)
    registerApiScopes(module)
    await module.provider?.(app)
    eventBus.registerListeners(module.manifest.key, module.listeners)
    mountRoutes(module)
  }
}
