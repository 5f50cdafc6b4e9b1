import type { ApplicationService } from '@adonisjs/core/types'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import { UsageMeter, usageCounters } from '#kernel/contracts/usage_meter'

/**
 * Billing's bindings: the plan decides which modules a workspace may use
 * and how much; the usage meter enforces and records it. Registered after
 * the modules provider, so the plan replaces "every module available".
 */
export default class BillingProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(ModuleAvailability, async () => {
      const { PlanModuleAvailability } =
        await import('#kernel/billing/entitlements/plan_module_availability')
      return new PlanModuleAvailability()
    })
    this.app.container.singleton(UsageMeter, async () => {
      const { UsageMeterService } = await import('#kernel/billing/usage/usage_meter_service')
      return new UsageMeterService()
    })
  }

  async boot() {
    const { watchEntitlementChanges } =
      await import('#kernel/billing/entitlements/tenant_entitlements')
    const { countStaffSeats } = await import('#kernel/billing/usage/staff_seats')
    watchEntitlementChanges()
    usageCounters.register('staff_seats', countStaffSeats)
  }

  /** Closes the connection that listens for entitlement changes. */
  async shutdown() {
    const { stopEntitlementListener } =
      await import('#kernel/billing/entitlements/tenant_entitlements')
    await stopEntitlementListener()
  }
}
