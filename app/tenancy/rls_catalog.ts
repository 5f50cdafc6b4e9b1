import type { QueryClientContract } from '@adonisjs/lucid/types/database'

export interface CatalogViolation {
  table: string
  rule: string
}

/**
 * Reads PostgreSQL's catalog and lists every tenant table (a table with a
 * `tenant_id` column) that breaks the tenancy rules of the architecture:
 * row-level security enabled and forced, a policy on `app.tenant_id`,
 * primary key `(tenant_id, id)` with a UUIDv7 id, unique constraints and
 * foreign keys to other tenant tables leading with `tenant_id`.
 */
export async function findTenancyViolations(client: QueryClientContract, schema = 'public') {
  const violations: CatalogViolation[] = []
  const add = (table: string, rule: string) => violations.push({ table, rule })

  const { rows: tables } = await client.rawQuery<{
    rows: { table: string; rls: boolean; forced: boolean; oid: number }[]
  }>(
    `select c.relname::text as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced, c.oid
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = ? and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
    [schema]
  )
  const tenantTables = new Set(tables.map((table) => table.table))

  for (const table of tables) {
    if (!table.rls) add(table.table, 'row-level security is not enabled')
    if (!table.forced) add(table.table, 'row-level security is not forced')

    const { rows: policies } = await client.rawQuery<{
      rows: { qual: string | null; check: string | null; roles: string[] }[]
    }>(
      `select pg_get_expr(p.polqual, p.polrelid) as qual,
              pg_get_expr(p.polwithcheck, p.polrelid) as check,
              array(select coalesce(r.rolname::text, 'public') from unnest(p.polroles) as role_oid
                      left join pg_roles r on r.oid = role_oid) as roles
         from pg_policy p where p.polrelid = ?`,
      [table.oid]
    )
    const tenantPolicies = policies.filter((policy) =>
      `${policy.qual ?? ''} ${policy.check ?? ''}`.includes('app.tenant_id')
    )
    if (tenantPolicies.length === 0) {
      add(table.table, 'no policy compares tenant_id with app.tenant_id')
    }
    if (tenantPolicies.some((policy) => !policy.roles.includes('public'))) {
      add(table.table, 'a tenant policy does not apply to every role')
    }

    const { rows: columns } = await client.rawQuery<{
      rows: { column: string; type: string; nullable: string; default: string | null }[]
    }>(
      `select column_name as column, data_type as type, is_nullable as nullable, column_default as default
         from information_schema.columns where table_schema = ? and table_name = ?`,
      [schema, table.table]
    )
    const tenantColumn = columns.find((column) => column.column === 'tenant_id')
    if (tenantColumn?.type !== 'uuid' || tenantColumn.nullable !== 'NO') {
      add(table.table, 'tenant_id must be a non-null uuid')
    }
    const idColumn = columns.find((column) => column.column === 'id')
    if (idColumn?.type !== 'uuid' || !idColumn.default?.includes('uuid_v7()')) {
      add(table.table, 'id must be a uuid defaulting to uuid_v7()')
    }

    const { rows: constraints } = await client.rawQuery<{
      rows: {
        type: string
        columns: string[]
        refTable: string | null
        refColumns: string[] | null
        name: string
      }[]
    }>(
      `select con.conname::text as name, con.contype as type,
              array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
                     order by k.ord) as columns,
              ref.relname::text as "refTable",
              array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                      join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
                     order by k.ord) as "refColumns"
         from pg_constraint con
         left join pg_class ref on ref.oid = con.confrelid
        where con.conrelid = ? and con.contype in ('p', 'u', 'f')`,
      [table.oid]
    )

    const primary = constraints.find((constraint) => constraint.type === 'p')
    if (!primary || primary.columns.join(',') !== 'tenant_id,id') {
      add(table.table, 'primary key must be (tenant_id, id)')
    }
    for (const unique of constraints.filter((constraint) => constraint.type === 'u')) {
      if (unique.columns[0] !== 'tenant_id') {
        add(table.table, `unique constraint ${unique.name} does not start with tenant_id`)
      }
    }
    for (const foreign of constraints.filter((constraint) => constraint.type === 'f')) {
      if (foreign.columns.includes('tenant_id') && foreign.columns.length === 1) {
        if (foreign.refTable !== 'tenants') {
          add(table.table, `tenant_id must reference tenants, not ${foreign.refTable}`)
        }
        continue
      }
      if (foreign.refTable && tenantTables.has(foreign.refTable)) {
        const pairsTenant =
          foreign.columns[0] === 'tenant_id' && foreign.refColumns?.[0] === 'tenant_id'
        if (!pairsTenant) {
          add(
            table.table,
            `foreign key ${foreign.name} to tenant table ${foreign.refTable} must lead with tenant_id`
          )
        }
      }
    }
    if (
      !constraints.some(
        (c) => c.type === 'f' && c.columns.join(',') === 'tenant_id' && c.refTable === 'tenants'
      )
    ) {
      add(table.table, 'tenant_id does not reference tenants')
    }

    const { rows: uniqueIndexes } = await client.rawQuery<{
      rows: { name: string; first: string }[]
    }>(
      `select i.relname::text as name, a.attname::text as first
         from pg_index x
         join pg_class i on i.oid = x.indexrelid
         join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[0]
        where x.indrelid = ? and x.indisunique`,
      [table.oid]
    )
    for (const index of uniqueIndexes) {
      if (index.first !== 'tenant_id') {
        add(table.table, `unique index ${index.name} does not start with tenant_id`)
      }
    }
  }

  return { tables: [...tenantTables], violations }
}

/**
 * The role the application runs as must be subject to row-level security:
 * not a superuser, no BYPASSRLS, and not inheriting the platform role
 * (whose policies admit every row) — it may only switch to it explicitly.
 */
export async function runtimeRoleBypassesRls(client: QueryClientContract, platformRole: string) {
  const { rows } = await client.rawQuery<{
    rows: { rolsuper: boolean; rolbypassrls: boolean; inherits_platform: boolean }[]
  }>(
    `select rolsuper, rolbypassrls, pg_has_role(current_user, ?, 'usage') as inherits_platform
       from pg_roles where rolname = current_user`,
    [platformRole]
  )
  return rows[0].rolsuper || rows[0].rolbypassrls || rows[0].inherits_platform
}
