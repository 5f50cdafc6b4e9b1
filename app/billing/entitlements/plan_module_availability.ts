import { ModuleAvailability } from '#kernel/modules/module_availability'
import { tenantEntitlements } from '#kernel/billing/entitlements/tenant_entitlements'
import { publicPlans } from '#kernel/billing/plans/plan_service'

/**
 * A module is available to a workspace when its plan includes it. Before
 * any plan exists (billing not set up), every module is.
 */
export class PlanModuleAvailability extends ModuleAvailability {
  async isAvailable(tenantId: string, moduleKey: string) {
    const { plan } = await tenantEntitlements(tenantId)
    return plan === null || plan.modules.includes(moduleKey)
  }

  async plansIncluding(moduleKey: string) {
    const plans = await publicPlans()
    return plans
      .filter((plan) => plan.includesModule(moduleKey))
      .map((plan) => ({ key: plan.key, name: plan.name }))
  }
}
