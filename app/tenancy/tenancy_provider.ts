import type { ApplicationService } from '@adonisjs/core/types'
import { Database } from '@adonisjs/lucid/database'
import { TenantAwareDatabase } from '#kernel/tenancy/tenant_aware_database'
import { combineScopeStatementWithBegin } from '#kernel/tenancy/scoped_begin'

/**
 * Replaces Lucid's Database singleton with the scope-aware one. Registered
 * after Lucid's provider, so models and the `db` service both get it.
 */
export default class TenancyProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    combineScopeStatementWithBegin()
    this.app.container.singleton(Database, async (resolver) => {
      const config = this.app.config.get<any>('database')
      const emitter = await resolver.make('emitter')
      const logger = await resolver.make('logger')
      return new TenantAwareDatabase(config, logger, emitter)
    })
  }
}
