import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { seedStandardPlans } from '#kernel/billing/plans/standard_plans'

/**
 * Starter, Growth (the default, tried by new workspaces) and Scale. Runs
 * before the demo workspace is created, so it starts on Growth, which
 * includes the storefront. Leaves existing plans alone.
 */
export default class BillingPlansSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    await seedStandardPlans()
  }
}
