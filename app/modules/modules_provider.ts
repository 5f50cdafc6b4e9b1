import type { ApplicationService } from '@adonisjs/core/types'
import { EveryModuleAvailable, ModuleAvailability } from '#kernel/modules/module_availability'

/**
 * Kernel bindings of the module system. Billing replaces the availability
 * rule with the workspace's plan.
 */
export default class ModulesProvider {
  constructor(protected app: ApplicationService) {}

  register() {
    this.app.container.singleton(ModuleAvailability, () => new EveryModuleAvailable())
  }
}
