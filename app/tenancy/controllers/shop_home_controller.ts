import type { HttpContext } from '@adonisjs/core/http'
import { activeShopFront, shopShell } from '#kernel/tenancy/shop_shell'

/**
 * A workspace's shop home: the shop module's own front page while the
 * workspace has it on, a plain welcome page otherwise.
 */
export default class ShopHomeController {
  async show(ctx: HttpContext) {
    const front = await activeShopFront(ctx)
    if (front) {
      return front.home(ctx)
    }
    return ctx.inertia.render('shop/home', {
      shop: await shopShell(ctx),
      customerName: ctx.customer?.name ?? null,
    })
  }
}
