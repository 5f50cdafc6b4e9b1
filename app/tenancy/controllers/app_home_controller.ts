import type { HttpContext } from '@adonisjs/core/http'
import type User from '#kernel/identity/models/user'
import { myWorkspaces } from '#kernel/tenancy/my_workspaces'

export default class AppHomeController {
  /**
   * `/app`: straight into the only workspace, a choice between several, or
   * onboarding when there is none yet (the operator console for operators).
   */
  async show({ auth, inertia, response, session }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const workspaces = await myWorkspaces(user.id)
    // A message meant for the page after /app survives this extra hop.
    session.reflash()
    if (workspaces.length === 0) {
      // Platform operators work in the operator console.
      if (user.isOperator) {
        return response.redirect().toRoute('ops.home')
      }
      return response.redirect().toRoute('tenancy.onboarding.create')
    }
    if (workspaces.length === 1) {
      return response
        .redirect()
        .toRoute('tenancy.dashboard.show', { workspace: workspaces[0].slug })
    }
    return inertia.render('workspaces/choose', { workspaces })
  }
}
