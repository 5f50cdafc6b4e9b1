import app from '@adonisjs/core/services/app'
import env from '#start/env'
import { defineConfig } from '@adonisjs/transmit'
import { redis } from '@adonisjs/transmit/transports/redis'
import { memory } from '@boringnode/bus/transports/memory'
import { databaseConnection } from '#config/database'
import { redisConnectionOptions } from '#config/redis'
import { postgres } from '#kernel/realtime/postgres_transport'

/**
 * Live events over Server-Sent Events. Broadcasts travel between app
 * processes (web servers, queue workers) through Redis when REDIS_URL is
 * set, through PostgreSQL's LISTEN/NOTIFY otherwise. Code generation,
 * which only inspects the application, connects to neither.
 */
const shared = env.get('REDIS_URL')
  ? redis(redisConnectionOptions(env.get('REDIS_URL')!))
  : postgres(databaseConnection)

const transmitConfig = defineConfig({
  pingInterval: '30s',
  transport: {
    driver: () => (app.getMode() === 'warmup' ? memory()() : shared()),
    channel: 'wrencos_live',
  },
})

export default transmitConfig
