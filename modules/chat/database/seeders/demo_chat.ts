import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { DEMO } from '#database/demo_credentials'
import { seedDemoChat } from '#modules/chat/demo/seed_demo_chat'

/**
 * The demo workspace's chat (after its shop, which the storefront's
 * seeder fills in): FAQ, canned responses and sample conversations. Safe
 * to run again.
 */
export default class DemoChatSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    const tenant = await Tenant.findBy('slug', DEMO.workspaceSlug)
    if (!tenant) {
      return
    }
    await withTenant(tenant.id, () => seedDemoChat(tenant, DEMO.customer.email))
  }
}
