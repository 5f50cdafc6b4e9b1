import { BaseSeeder } from '@adonisjs/lucid/seeders'
import { DateTime } from 'luxon'
import User from '#kernel/identity/models/user'
import Membership from '#kernel/identity/models/membership'
import Customer from '#kernel/identity/models/customer'
import Tenant from '#kernel/tenancy/models/tenant'
import { createWorkspace } from '#kernel/tenancy/actions/create_workspace'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { DEMO } from '#database/demo_credentials'

/**
 * The demo workspace `npm run dev` opens on: a beauty shop with an owner,
 * a manager, an agent and a customer. Does nothing when it exists.
 */
export default class DemoWorkspaceSeeder extends BaseSeeder {
  static environment = ['development']

  async run() {
    if (await Tenant.findBy('slug', DEMO.workspaceSlug)) {
      return
    }
    const verified = DateTime.now()
    const owner = await User.create({ ...DEMO.owner, emailVerifiedAt: verified })
    const tenant = await createWorkspace(owner, {
      name: DEMO.workspaceName,
      slug: DEMO.workspaceSlug,
      industry: 'beauty',
      country: 'FR',
      currency: 'EUR',
      timezone: 'Europe/Paris',
      locale: 'fr',
      brandColor: '#c2255c',
    })
    await withTenant(tenant.id, async () => {
      for (const person of DEMO.team) {
        const user = await User.create({
          name: person.name,
          email: person.email,
          password: DEMO.owner.password,
          emailVerifiedAt: verified,
        })
        await Membership.create({ userId: user.id, role: person.role })
      }
      await Customer.create({ ...DEMO.customer, emailVerifiedAt: verified })
    })
  }
}
