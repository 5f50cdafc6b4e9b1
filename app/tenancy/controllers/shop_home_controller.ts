import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { ShopFront } from '#kernel/contracts/shop_front'
import { enabledModulesOf } from '#kernel/modules/request_modules'

/**
 * A workspace's shop home: the shop module's own front page while the
 * workspace has it on, a plain welcome page otherwise.
 */
export default class ShopHomeController {
  async show(ctx: HttpContext) {
    if (app.container.hasBinding(ShopFront)) {
      const front = await app.container.make(ShopFront)
      const enabled = await enabledModulesOf(ctx)
      if (enabled.has(front.moduleKey)) {
        return front.home(ctx)
      }
    }
    return ctx.inertia.render('shop/home', {
      shop: {
        name: ctx.tenant!.name,
        brandColor: ctx.tenant!.brandColor,
        basePath: ctx.storefrontBasePath ?? '',
      },
      customerName: ctx.customer?.name ?? null,
    })
  }
}
