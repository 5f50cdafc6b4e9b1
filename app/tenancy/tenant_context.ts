import { AsyncLocalStorage } from 'node:async_hooks'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { Exception } from '@adonisjs/core/exceptions'

/**
 * What runs inside a database scope: the transaction every query of the
 * scope goes through, and who it runs for.
 *
 * - tenant scope: `app.tenant_id` is set; tenant tables show that tenant only;
 * - user scope: only `app.user_id` is set (a person's memberships across
 *   workspaces, for the workspace switcher);
 * - platform scope: the transaction runs as the platform role, for audited
 *   platform-wide work.
 */
export interface DatabaseScope {
  trx: TransactionClientContract
  tenantId?: string
  userId?: string
  platformReason?: string
  /** Work to run once the transaction has committed (outbox delivery). */
  afterCommit?: (() => Promise<void>)[]
}

export const databaseScope = new AsyncLocalStorage<DatabaseScope>()

export class MissingTenantContextException extends Exception {
  static status = 500
  static code = 'E_MISSING_TENANT_CONTEXT'
}

export function currentScope() {
  return databaseScope.getStore()
}

export function currentTenantId() {
  return databaseScope.getStore()?.tenantId
}

/**
 * The tenant of the running scope, or an error: a tenant-owned model used
 * where no tenant is known must never fall back to an unscoped query.
 */
export function requireTenantId() {
  const tenantId = currentTenantId()
  if (!tenantId) {
    throw new MissingTenantContextException(
      'A tenant-owned record was used outside a tenant context. Wrap the work in withTenant() (jobs, commands) or route it through a tenant middleware (requests).'
    )
  }
  return tenantId
}

/**
 * Runs `work` after the current scope's transaction commits, outside of it;
 * right away when no transaction is running. Discarded on rollback.
 */
export function afterCommit(work: () => Promise<void>) {
  const scope = databaseScope.getStore()
  if (!scope || scope.trx.isCompleted) {
    return work()
  }
  scope.afterCommit ??= []
  scope.afterCommit.push(work)
}

export function inPlatformScope() {
  return databaseScope.getStore()?.platformReason !== undefined
}
