import pg from 'pg'

export const TENANTS = 1000
export const ROWS_PER_TENANT = 1000

/**
 * 1,000 workspaces × 1,000 customers, written once into the benchmark
 * database with the runtime role switched to the platform role (which row
 * level security admits). Reused by later runs.
 */
export async function seedIsolationData(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      `select count(*)::int as n from tenants where slug like 'bench-%'`
    )
    if (rows[0].n >= TENANTS) {
      return
    }
    console.log(`  seeding ${TENANTS} workspaces × ${ROWS_PER_TENANT} customers (first run only)`)
    await client.query('begin')
    await client.query(`set local role wrencos_platform`)
    await client.query(`delete from tenants where slug like 'bench-%'`)
    await client.query(
      `insert into tenants (slug, name, country, currency, timezone)
       select 'bench-' || n, 'Bench shop ' || n, 'GB', 'GBP', 'Europe/London'
         from generate_series(1, $1) as n`,
      [TENANTS]
    )
    await client.query(
      `insert into customers (tenant_id, email, name, created_at, updated_at)
       select t.id, 'customer' || n || '@' || t.slug || '.test', 'Customer ' || n,
              now() - (n || ' minutes')::interval, now()
         from tenants t, generate_series(1, $1) as n
        where t.slug like 'bench-%'`,
      [ROWS_PER_TENANT]
    )
    await client.query('commit')
    await client.query('analyze tenants')
    await client.query('analyze customers')
  } finally {
    await client.end()
  }
}
