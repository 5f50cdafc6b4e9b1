import env from '#start/env'
import { defineConfig, drivers, store } from '@adonisjs/cache'

/**
 * Hot reads (tenant resolution, storefront pages) are cached in memory;
 * with REDIS_URL, Redis adds a shared layer and a bus that invalidates
 * every server's memory at once. Keys are tenant-prefixed (tenantCache()).
 */
const cacheConfig = defineConfig({
  default: env.get('REDIS_URL') ? 'shared' : 'local',
  ttl: '5m',
  stores: {
    local: store().useL1Layer(drivers.memory({ maxSize: '64mb' })),
    shared: store()
      .useL1Layer(drivers.memory({ maxSize: '64mb' }))
      .useL2Layer(drivers.redis({ connectionName: 'main' }))
      .useBus(drivers.redisBus({ connectionName: 'main' })),
  },
})

export default cacheConfig

declare module '@adonisjs/cache/types' {
  interface CacheStores extends InferStores<typeof cacheConfig> {}
}
