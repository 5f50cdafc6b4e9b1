import type { HttpContext } from '@adonisjs/core/http'

export default class ShopHomeController {
  async show(ctx: HttpContext) {
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
