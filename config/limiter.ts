import { defineConfig, stores } from '@adonisjs/limiter'

/**
 * Counters live in PostgreSQL, so every app server shares them.
 */
const limiterConfig = defineConfig({
  default: 'database',
  stores: {
    database: stores.database({ tableName: 'rate_limits', schemaName: 'public' }),
    memory: stores.memory({}),
  },
})

export default limiterConfig

declare module '@adonisjs/limiter/types' {
  export interface LimitersList extends InferLimiters<typeof limiterConfig> {}
}
