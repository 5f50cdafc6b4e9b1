import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { errors } from '@adonisjs/core'
import app from '@adonisjs/core/services/app'
import { enabledModulesOf } from '#kernel/modules/request_modules'
import { ModuleAvailability } from '#kernel/modules/module_availability'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { billingPagePath } from '#kernel/billing/usage/billing_page_path'

/**
 * A module's routes answer only for workspaces that have it enabled and
 * whose plan includes it. Staff asking for a module outside their plan
 * get an upgrade page (402); everyone else, and customers and API clients
 * always, get 404: the routes do not exist for that workspace.
 */
export default class ModuleGateMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { module: string }) {
    const enabled = await enabledModulesOf(ctx)
    const availability = await app.container.make(ModuleAvailability)
    const inPlan = await availability.isAvailable(ctx.tenant!.id, options.module)
    if (enabled.has(options.module) && inPlan) {
      return next()
    }
    // Only back-office requests carry a workspace member.
    if (!inPlan && ctx.member) {
      return this.#upgradePage(ctx, availability, options.module)
    }
    throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
  }

  async #upgradePage(ctx: HttpContext, availability: ModuleAvailability, key: string) {
    const manifest = moduleRegistry.get(key)!.manifest
    const page = await ctx.inertia.render('workspace/upgrade', {
      module: { key, name: manifest.name, description: manifest.description ?? '' },
      plans: await availability.plansIncluding(key),
      billingUrl: billingPagePath(ctx.tenant!.slug),
      canManageBilling: ctx.member!.can('workspace.billing.manage'),
    })
    // A middleware's return value is not the response: send the page.
    ctx.response.status(402).send(page)
  }
}
