import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Redis is optional: with REDIS_URL set, jobs, cache invalidation and live
 * events use it so several app servers can share them. The connection is
 * lazy, so nothing connects when Redis is not configured.
 */
const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: {
      ...(env.get('REDIS_URL')
        ? redisConnectionOptions(env.get('REDIS_URL')!)
        : { host: '127.0.0.1', port: 6379 }),
      lazyConnect: true,
      maxRetriesPerRequest: null,
      retryStrategy(times) {
        return times > 10 ? null : Math.min(times * 100, 3000)
      },
    },
  },
})

/**
 * ioredis options from a `redis://` or `rediss://` URL.
 */
export function redisConnectionOptions(value: string) {
  const url = new URL(value)
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password || undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
  }
}

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
