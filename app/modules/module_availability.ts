/**
 * Decides which modules a workspace's plan includes. Until billing binds
 * its own implementation in the container, every module is available.
 */
export abstract class ModuleAvailability {
  abstract isAvailable(tenantId: string, moduleKey: string): Promise<boolean>
}

export class EveryModuleAvailable extends ModuleAvailability {
  async isAvailable() {
    return true
  }
}
