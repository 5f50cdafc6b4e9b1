import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { PLATFORM_ROLE } from '#database/roles'
import { databaseScope, type DatabaseScope } from '#kernel/tenancy/tenant_context'
import type { TenantAwareDatabase } from '#kernel/tenancy/tenant_aware_database'
import { beginWith } from '#kernel/tenancy/scoped_begin'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function assertUuid(value: string | undefined, what: string) {
  if (value !== undefined && !UUID.test(value)) {
    throw new Error(`${what} must be a UUID, got "${value}"`)
  }
}

/**
 * Opens a transaction on its own pooled connection, sets the scope's
 * transaction-local settings, and runs `fn` with every query routed
 * through it. Commits when `fn` resolves, rolls back when it throws.
 */
export async function runInScope<T>(
  scope: Omit<DatabaseScope, 'trx'>,
  fn: () => Promise<T>,
  shouldRollback: () => boolean = () => false
): Promise<T> {
  assertUuid(scope.tenantId, 'tenantId')
  assertUuid(scope.userId, 'userId')
  // Values are validated UUIDs, so they are inlined: the statement then
  // travels in the same round trip as BEGIN (see scoped_begin.ts).
  const statement =
    `select set_config('app.tenant_id', '${scope.tenantId ?? ''}', true), ` +
    `set_config('app.user_id', '${scope.userId ?? ''}', true)` +
    (scope.platformReason !== undefined ? `; set local role ${PLATFORM_ROLE}` : '')
  const trx = await beginWith(statement, () =>
    (db as TenantAwareDatabase).pooledConnection().transaction()
  )
  try {
    const running: DatabaseScope = { ...scope, trx }
    // Awaited inside the scope: a returned query builder (a thenable) runs there too.
    const result = await databaseScope.run(running, async () => await fn())
    if (shouldRollback()) {
      await trx.rollback()
    } else {
      await trx.commit()
      await databaseScope.exit(() => runAfterCommit(running.afterCommit))
    }
    return result
  } catch (error) {
    if (!trx.isCompleted) {
      await trx.rollback()
    }
    throw error
  }
}

async function runAfterCommit(work: (() => Promise<void>)[] = []) {
  for (const item of work) {
    try {
      await item()
    } catch (error) {
      // The transaction is committed: what failed here (handing messages to
      // the queue) is retried by the outbox relay.
      logger.error({ err: error }, 'after-commit work failed')
    }
  }
}

/**
 * Runs `fn` as tenant work: tenant tables show this tenant's rows only,
 * and tenant-owned models are scoped to it. Jobs, listeners and commands
 * use this; requests get it from the tenant middleware. Inside a scope of
 * the same tenant, `fn` simply joins it.
 */
export function withTenant<T>(
  tenantId: string,
  fn: () => Promise<T>,
  options: { userId?: string } = {}
) {
  const current = databaseScope.getStore()
  if (current?.tenantId === tenantId && !current.trx.isCompleted) {
    return fn()
  }
  return runInScope({ tenantId, userId: options.userId }, fn)
}

/**
 * Runs `fn` for one person across workspaces: only the rows that policies
 * admit through `app.user_id` (their memberships) are visible.
 */
export function withUser<T>(userId: string, fn: () => Promise<T>) {
  return runInScope({ userId }, fn)
}

/**
 * The explicit, greppable escape hatch for platform-wide work (operator
 * console, cross-tenant jobs). The transaction runs as the platform role,
 * which row-level policies admit everywhere; every use is logged with its
 * reason.
 */
export function withPlatform<T>(reason: string, fn: () => Promise<T>) {
  logger.info({ reason }, 'platform scope opened')
  return runInScope({ platformReason: reason }, fn)
}
