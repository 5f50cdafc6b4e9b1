import type { HttpContext } from '@adonisjs/core/http'
import { gettingStarted } from '#kernel/tenancy/getting_started'

export default class DashboardController {
  async show({ tenant, member, inertia }: HttpContext) {
    return inertia.render('workspace/dashboard', {
      checklist: await gettingStarted(tenant!, member!.user),
    })
  }
}
