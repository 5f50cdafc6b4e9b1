import { BaseSchema } from '@adonisjs/lucid/schema'
import type { Knex } from 'knex'
import { PLATFORM_ROLE } from '#database/roles'

/**
 * The current tenant and user as policies read them. Wrapped in a scalar
 * sub-select, PostgreSQL evaluates each once per query (an InitPlan)
 * instead of once per row, and can use it as an index condition.
 */
export const CURRENT_TENANT_SQL = `(select nullif(current_setting('app.tenant_id', true), '')::uuid)`
export const CURRENT_USER_SQL = `(select nullif(current_setting('app.user_id', true), '')::uuid)`

export interface TenantTableOptions {
  /**
   * Rows also visible (read-only) outside the tenant's context to the user
   * named by `app.user_id`, through this column (memberships: the workspace
   * switcher lists every workspace a person belongs to).
   */
  visibleToUserThrough?: string
  /** Rows can be added and read, never changed or removed (audit trails). */
  appendOnly?: boolean
}

/**
 * Base class for migrations that create tenant-owned tables. Every such
 * table gets, without anyone having to remember it:
 *
 * - `tenant_id uuid not null` referencing `tenants`, and a UUIDv7 `id`;
 * - the primary key `(tenant_id, id)`, so each tenant's rows sit together
 *   and the table can later be distributed by `tenant_id`;
 * - row-level security, enabled and forced, with a policy comparing
 *   `tenant_id` with the transaction-local `app.tenant_id`, plus a policy
 *   admitting the platform role for audited platform-wide work.
 *
 * Unique constraints and foreign keys to other tenant tables must lead with
 * `tenant_id`: use `tenantUnique()` and `tenantForeign()`. A kernel test
 * reads the catalog and fails on any table that breaks these rules.
 */
export class TenantSchema extends BaseSchema {
  protected createTenantTable(
    tableName: string,
    callback: (table: Knex.CreateTableBuilder) => void,
    options: TenantTableOptions = {}
  ) {
    this.schema.createTable(tableName, (table) => {
      table.uuid('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE')
      table.uuid('id').notNullable().defaultTo(this.raw('uuid_v7()'))
      table.primary(['tenant_id', 'id'])
      callback(table)
    })
    for (const statement of tenantRlsStatements(tableName, options)) {
      this.schema.raw(statement)
    }
  }

  /** A unique constraint scoped to the tenant: `(tenant_id, ...columns)`. */
  protected tenantUnique(
    table: Knex.CreateTableBuilder | Knex.AlterTableBuilder,
    columns: string[]
  ) {
    table.unique(['tenant_id', ...columns])
  }

  /** A foreign key to another tenant table, including `tenant_id`. */
  protected tenantForeign(
    table: Knex.CreateTableBuilder | Knex.AlterTableBuilder,
    column: string,
    referencedTable: string,
    onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT' = 'CASCADE'
  ) {
    const foreign = table
      .foreign(['tenant_id', column])
      .references(['tenant_id', 'id'])
      .inTable(referencedTable)
    if (onDelete === 'SET NULL') {
      // Only the referencing column is cleared; tenant_id stays.
      foreign.onDelete(`SET NULL (${column})`)
    } else {
      foreign.onDelete(onDelete)
    }
  }
}

export function tenantRlsStatements(tableName: string, options: TenantTableOptions = {}) {
  const table = `"${tableName}"`
  const ownRows = `tenant_id = ${CURRENT_TENANT_SQL}`
  const visible = options.visibleToUserThrough
    ? `(${ownRows} or ${options.visibleToUserThrough} = ${CURRENT_USER_SQL})`
    : ownRows
  const statements = [
    `alter table ${table} enable row level security`,
    `alter table ${table} force row level security`,
    `create policy platform_access on ${table} to ${PLATFORM_ROLE} using (true) with check (true)`,
  ]
  if (options.appendOnly) {
    statements.push(
      `create policy tenant_read on ${table} for select using (${visible})`,
      `create policy tenant_append on ${table} for insert with check (${ownRows})`,
      `revoke update, delete, truncate on ${table} from current_user`
    )
  } else {
    statements.push(
      `create policy tenant_isolation on ${table} using (${visible}) with check (${ownRows})`
    )
  }
  return statements
}
