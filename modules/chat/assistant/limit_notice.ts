import db from '@adonisjs/lucid/services/db'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { tenantEntitlements } from '#kernel/billing/entitlements/tenant_entitlements'
import { usagePeriodStart } from '#kernel/billing/usage/usage_meter_service'
import { billingPagePath } from '#kernel/billing/usage/billing_page_path'

/**
 * Tells the people who manage the chat that the plan's AI messages are used
 * up, once per billing period (the first reply past the limit claims the
 * period; later ones find it taken). Tenant scope.
 */
export async function noticeAiLimitReached() {
  const tenantId = requireTenantId()
  const periodStart = usagePeriodStart(await tenantEntitlements(tenantId))
  const claimed = await db.rawQuery(
    `insert into chat_limit_notices (tenant_id, period_start) values (?, ?)
     on conflict (tenant_id, period_start) do nothing returning id`,
    [tenantId, periodStart.toJSDate()]
  )
  if (claimed.rows.length === 0) return false
  const tenant = await Tenant.findOrFail(tenantId)
  await notifyStaff({
    kind: 'chat.ai_limit_reached',
    title: 'The assistant has used all the AI messages of your plan',
    body: 'Until the next billing period it answers in basic mode (FAQ and product search). Upgrade your plan for more AI messages.',
    url: billingPagePath(tenant.slug),
  })
  return true
}
