import type { DiscoveredModule } from '#kernel/modules/module_registry'



export const discoveredModules: DiscoveredModule[] = [
  {
    folder: 'chat',
    manifest: () => import('#modules/chat/module'),
    routes: () => import('#modules/chat/routes'),
    provider: () => import('#modules/chat/provider'),
    listeners: [() => import('#modules/chat/listeners/attribute_chat_order')],
  },
  {
    folder: 'storefront',
    manifest: () => import('#modules/storefront/module'),
    routes: () => import('#modules/storefront/routes'),
    provider: () => import('#modules/storefront/provider'),
    listeners: [],
  },
]
