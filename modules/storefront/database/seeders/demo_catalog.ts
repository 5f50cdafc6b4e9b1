import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { DEMO } from '#database/demo_credentials'
import { seedDemoShop } from '#modules/storefront/demo/seed_demo_shop'

/**
 * The demo workspace's shop (after the kernel's demo workspace seeder):
 * a believable beauty catalog, customers, reviews and three months of
 * orders. Safe to run again.
 */
export default class DemoCatalogSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    const tenant = await Tenant.findBy('slug', DEMO.workspaceSlug)
    if (!tenant) {
      return
    }
    await withTenant(tenant.id, () => seedDemoShop(tenant))
  }
}
