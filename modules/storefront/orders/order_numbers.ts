import db from '@adonisjs/lucid/services/db'
import { requireTenantId } from '#kernel/tenancy/tenant_context'

const FIRST_ORDER_NUMBER = 1001

/**
 * The workspace's next order number (#1001, #1002…). The counter row stays
 * locked until the transaction ends, so numbers are never handed out twice;
 * a rolled-back order gives its number back.
 */
export async function nextOrderNumber() {
  const result = await db.rawQuery(
    `insert into storefront_counters (tenant_id, name, value) values (?, 'order_number', ?)
     on conflict (tenant_id, name) do update set value = storefront_counters.value + 1
     returning value`,
    [requireTenantId(), FIRST_ORDER_NUMBER]
  )
  return Number(result.rows[0].value)
}
