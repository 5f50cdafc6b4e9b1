import { fileURLToPath } from 'node:url'
import env from '#start/env'
import { defineConfig, drivers, exponentialBackoff } from '@adonisjs/queue'

/**
 * Jobs are stored in PostgreSQL by default and in Redis when REDIS_URL is
 * set; QUEUE_DRIVER=sync runs each job at once, in process (tests).
 */
const queueConfig = defineConfig({
  default: env.get('QUEUE_DRIVER') ?? (env.get('REDIS_URL') ? 'redis' : 'database'),
  adapters: {
    database: drivers.database({ connectionName: 'postgres' }),
    sync: drivers.sync(),
    ...(env.get('REDIS_URL') ? { redis: drivers.redis({ connectionName: 'main' }) } : {}),
  },
  worker: {
    concurrency: env.get('QUEUE_CONCURRENCY', 5),
    idleDelay: '1s',
    stalledThreshold: '60s',
    gracefulShutdown: true,
  },
  retry: {
    maxRetries: 4,
    backoff: exponentialBackoff({ baseDelay: '2s', maxDelay: '5m' }),
  },
  // Absolute, so jobs are found whatever the working directory (source or build).
  locations: ['app/**/jobs/**/*.{ts,js}', 'modules/*/jobs/**/*.{ts,js}'].map((pattern) =>
    fileURLToPath(new URL(`../${pattern}`, import.meta.url))
  ),
})

export default queueConfig
