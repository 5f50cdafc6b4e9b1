import { Database } from '@adonisjs/lucid/database'
import { databaseScope } from '#kernel/tenancy/tenant_context'

/**
 * Lucid's Database service, made scope-aware: inside a database scope
 * (withTenant, withUser, withPlatform, or a tenant request) every query —
 * models, preloads, `db.from`, `db.rawQuery` — runs in the scope's
 * transaction, where `app.tenant_id` is set. A `db.transaction()` inside
 * becomes a savepoint of it.
 */
export class TenantAwareDatabase extends Database {
  connection(...args: Parameters<Database['connection']>): ReturnType<Database['connection']> {
    const scope = databaseScope.getStore()
    const [name] = args
    if (scope && !scope.trx.isCompleted && (!name || name === scope.trx.connectionName)) {
      return scope.trx
    }
    return super.connection(...args)
  }

  /**
   * A client on the pool itself, ignoring any running scope: where a scope
   * begins its own transaction.
   */
  pooledConnection() {
    return super.connection()
  }
}
