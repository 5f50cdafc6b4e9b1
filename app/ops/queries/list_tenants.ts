import db from '@adonisjs/lucid/services/db'

/**
 * Where a workspace stands, as operators filter by it: suspended by an
 * operator, restricted for non-payment, or its subscription's status
 * (`none` before it has one).
 */
export const TENANT_STATES = [
  'trialing',
  'active',
  'past_due',
  'restricted',
  'suspended',
  'canceled',
  'incomplete',
  'none',
] as const

export type TenantState = (typeof TENANT_STATES)[number]

export interface TenantFilters {
  search?: string
  state?: TenantState
  planId?: string
  page: number
  perPage: number
}

export interface TenantRow {
  id: string
  name: string
  slug: string
  state: TenantState
  planId: string | null
  planName: string | null
  currency: string | null
  /** What the workspace adds to monthly recurring revenue, in minor units. */
  mrrMinor: number
  ownerEmail: string | null
  createdAt: string
  lastActivityAt: string | null
}

/**
 * One row per workspace with its subscription and plan. MRR counts
 * subscriptions that bill (active or past due): the monthly price, or the
 * yearly price spread over twelve months.
 */
const TENANT_ROWS_SQL = `
  select t.id, t.name, t.slug, t.created_at, t.last_activity_at,
         p.id as plan_id, p.name as plan_name, p.currency,
         case when s.status in ('active', 'past_due') then
           case s.interval when 'year' then round(p.yearly_price_minor / 12.0)
                           else p.monthly_price_minor end
         else 0 end::bigint as mrr_minor,
         (select u.email from memberships m join users u on u.id = m.user_id
           where m.tenant_id = t.id and m.role = 'owner'
           order by m.created_at limit 1) as owner_email,
         case when t.status = 'suspended' then 'suspended'
              when s.restricted_at is not null then 'restricted'
              when s.id is null then 'none'
              else s.status end as state
    from tenants t
    left join subscriptions s on s.tenant_id = t.id
    left join plans p on p.id = s.plan_id`

function escapeLike(value: string) {
  return value.replace(/[%_\\]/g, '\\$&')
}

function toRow(row: any): TenantRow {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    state: row.state,
    planId: row.plan_id,
    planName: row.plan_name,
    currency: row.currency,
    mrrMinor: Number(row.mrr_minor),
    ownerEmail: row.owner_email,
    createdAt: new Date(row.created_at).toISOString(),
    lastActivityAt: row.last_activity_at ? new Date(row.last_activity_at).toISOString() : null,
  }
}

/**
 * Workspaces for the operator console, newest first: searched by name,
 * slug or an owner's email, filtered by state and plan. Runs in the
 * caller's platform scope.
 */
export async function listTenants(filters: TenantFilters) {
  const conditions: string[] = []
  const bindings: unknown[] = []
  if (filters.search) {
    const pattern = `%${escapeLike(filters.search)}%`
    conditions.push(
      `(name ilike ? or slug ilike ? or exists (select 1 from memberships m join users u on u.id = m.user_id
         where m.tenant_id = rows.id and m.role = 'owner' and u.email ilike ?))`
    )
    bindings.push(pattern, pattern, pattern)
  }
  if (filters.state) {
    conditions.push('state = ?')
    bindings.push(filters.state)
  }
  if (filters.planId) {
    conditions.push('plan_id = ?')
    bindings.push(filters.planId)
  }
  const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''
  const offset = (filters.page - 1) * filters.perPage
  const { rows } = await db.rawQuery(
    `with rows as (${TENANT_ROWS_SQL})
     select rows.*, count(*) over () as total from rows ${where}
      order by created_at desc, id desc limit ? offset ?`,
    [...bindings, filters.perPage, offset]
  )
  const total = rows.length > 0 ? Number(rows[0].total) : await countTenants(where, bindings)
  return { rows: rows.map(toRow), total }
}

/** The total when the requested page is past the last one. */
async function countTenants(where: string, bindings: unknown[]) {
  const { rows } = await db.rawQuery(
    `with rows as (${TENANT_ROWS_SQL}) select count(*) as total from rows ${where}`,
    bindings
  )
  return Number(rows[0].total)
}

/** One workspace's row (detail page), or null. */
export async function findTenantRow(tenantId: string) {
  const { rows } = await db.rawQuery(
    `with rows as (${TENANT_ROWS_SQL}) select * from rows where id = ?`,
    [tenantId]
  )
  return rows.length > 0 ? toRow(rows[0]) : null
}
