import type { DiscoveredModule } from '#kernel/modules/module_registry'



export const discoveredModules: DiscoveredModule[] = [
  {
    folder: 'chat',
    manifest: () => import('#modules/chat/module'),
    routes: () => import('#modules/chat/routes'),
    listeners: [],
  },
  {
    folder: 'storefront',
    manifest: () => import('#modules/storefront/module'),
    routes: () => import('#modules/storefront/routes'),
    provider: () => import('#modules/storefront/provider'),
    listeners: [],
  },
]
