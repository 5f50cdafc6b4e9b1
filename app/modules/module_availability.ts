/** A plan that includes a module, as offered to workspaces. */
export interface OfferedPlan {
  key: string
  name: string
}

/**
 * Decides which modules a workspace's plan includes. Until billing binds
 * its own implementation in the container, every module is available.
 */
export abstract class ModuleAvailability {
  abstract isAvailable(tenantId: string, moduleKey: string): Promise<boolean>

  /** The plans on offer that include the module (for upgrade prompts), cheapest first. */
  async plansIncluding(_moduleKey: string): Promise<OfferedPlan[]> {
    return []
  }
}

export class EveryModuleAvailable extends ModuleAvailability {
  async isAvailable() {
    return true
  }
}
