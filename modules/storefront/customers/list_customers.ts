import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import type { customerFiltersValidator } from '#modules/storefront/validators/customers'

export type CustomerFilters = Infer<typeof customerFiltersValidator>

export const CUSTOMERS_PAGE_SIZE = 25

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&')

/** Orders that brought money in (placed, paid, not cancelled), net of refunds. */
const SPENT = `coalesce(sum(o.total_minor - o.refunded_minor) filter (
  where o.payment_status <> 'unpaid' and o.status <> 'cancelled'), 0)::bigint`

function customersWithTotals() {
  const tenantId = requireTenantId()
  return db
    .from('customers as c')
    .leftJoin('storefront_customer_profiles as p', (join) =>
      join.on('p.customer_id', 'c.id').andOn('p.tenant_id', 'c.tenant_id')
    )
    .leftJoin('storefront_orders as o', (join) =>
      join.on('o.customer_id', 'c.id').andOn('o.tenant_id', 'c.tenant_id')
    )
    .where('c.tenant_id', tenantId)
    .groupBy('c.tenant_id', 'c.id', 'p.tenant_id', 'p.id')
    .select(
      'c.id',
      'c.name',
      'c.email',
      'c.created_at',
      'c.erased_at',
      db.raw(`coalesce(p.tags, '{}') as tags`),
      db.raw('coalesce(p.marketing_consent, false) as marketing_consent'),
      db.raw('count(o.id)::int as orders_count'),
      db.raw(`${SPENT} as spent_minor`),
      db.raw('max(o.placed_at) as last_order_at')
    )
}

export function customerRow(row: Record<string, any>) {
  return {
    id: row.id as string,
    name: row.name as string,
    email: row.email as string,
    createdAt: new Date(row.created_at).toISOString(),
    erased: row.erased_at !== null,
    tags: row.tags as string[],
    marketingConsent: Boolean(row.marketing_consent),
    ordersCount: Number(row.orders_count),
    spentMinor: Number(row.spent_minor),
    lastOrderAt: row.last_order_at ? new Date(row.last_order_at).toISOString() : null,
  }
}

/** The back office's customer list, newest first. */
export async function listCustomers(filters: CustomerFilters) {
  const query = customersWithTotals().orderBy('c.created_at', 'desc').orderBy('c.id')
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`
    query.where((search) => search.whereILike('c.name', pattern).orWhereILike('c.email', pattern))
  }
  if (filters.tag) {
    query.whereRaw('? = any(p.tags)', [filters.tag])
  }
  if (filters.consent === 'yes') {
    query.where('p.marketing_consent', true)
  } else if (filters.consent === 'no') {
    query.where((consent) =>
      consent.whereNull('p.marketing_consent').orWhere('p.marketing_consent', false)
    )
  }
  const page = await query.paginate(filters.page ?? 1, CUSTOMERS_PAGE_SIZE)
  return {
    rows: page.all().map(customerRow),
    pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
  }
}

/** One customer with their totals (404 when not in this workspace). */
export async function customerWithTotals(customerId: string) {
  const row = await customersWithTotals().where('c.id', customerId).first()
  return row ? customerRow(row) : null
}

/** Tags in use, for the filter and the tag editor's suggestions. */
export async function customerTagsInUse() {
  const rows = await db
    .from('storefront_customer_profiles')
    .where('tenant_id', requireTenantId())
    .select(db.raw('distinct unnest(tags) as tag'))
    .orderBy('tag')
    .limit(200)
  return rows.map((row) => row.tag as string)
}
