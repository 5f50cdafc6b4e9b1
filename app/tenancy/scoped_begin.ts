import { AsyncLocalStorage } from 'node:async_hooks'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

const statementForBegin = new AsyncLocalStorage<string>()

/**
 * Every tenant scope starts with BEGIN and then sets its transaction-local
 * settings (`app.tenant_id`, ...). Sent separately, that is two round trips
 * to PostgreSQL before the first real query of every request. This makes
 * knex send them as one statement batch, for the transactions begun through
 * `beginWith()`; every other transaction begins exactly as before.
 */
export function combineScopeStatementWithBegin() {
  const PgTransaction = require('knex/lib/dialects/postgres/execution/pg-transaction.js')
  const prototype = PgTransaction.prototype
  if (prototype.__scopedBegin) {
    return
  }
  const begin = prototype.begin
  prototype.begin = function (this: any, connection: unknown) {
    const statement = statementForBegin.getStore()
    return statement ? this.query(connection, `BEGIN; ${statement}`) : begin.call(this, connection)
  }
  prototype.__scopedBegin = true
}

/**
 * Begins a transaction (`open`) whose BEGIN carries `statement` along.
 */
export function beginWith<T>(statement: string, open: () => Promise<T>) {
  return statementForBegin.run(statement, open)
}
