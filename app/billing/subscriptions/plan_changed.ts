import type Plan from '#kernel/billing/models/plan'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { applyPlanModules } from '#kernel/billing/entitlements/apply_plan_modules'

/**
 * After the workspace moved to another plan (its own choice, or a change
 * made in Stripe's portal): audited, and modules the new plan lacks are
 * switched off (their data kept).
 */
export async function planChanged(tenantId: string, plan: Plan) {
  const disabled = await applyPlanModules(tenantId, plan)
  await recordAuditEvent({
    action: 'billing.plan.changed',
    subject: { type: 'plan', id: plan.id, label: plan.name },
    metadata: { modulesSwitchedOff: disabled },
  })
}
