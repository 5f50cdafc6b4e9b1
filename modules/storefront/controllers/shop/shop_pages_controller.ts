import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import ShopPage from '#modules/storefront/models/shop_page'
import { shopBrand } from '#modules/storefront/shop/shop_chrome'
import { plainText, safeHtml } from '#modules/storefront/shop/safe_html'
import { seoMeta, shopOrigin } from '#modules/storefront/shop/seo'
import { sitemapXml } from '#modules/storefront/shop/sitemap'

export default class ShopPagesController {
  async show(ctx: HttpContext) {
    const page = await ShopPage.query()
      .where('slug', String(ctx.params.slug))
      .where('published', true)
      .first()
    if (!page) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    const shop = await shopBrand(ctx)
    return ctx.inertia.render('storefront/shop/page', {
      shop,
      seo: seoMeta(ctx, {
        title: `${page.title} · ${shop.name}`,
        description: plainText(page.bodyHtml, 300) || null,
        path: `/pages/${page.slug}`,
        type: 'article',
      }),
      page: { title: page.title, bodyHtml: safeHtml(page.bodyHtml) },
    })
  }

  async sitemap(ctx: HttpContext) {
    const xml = await sitemapXml(shopOrigin(ctx))
    return ctx.response.header('content-type', 'application/xml; charset=utf-8').send(xml)
  }

  async robots(ctx: HttpContext) {
    const origin = shopOrigin(ctx)
    const base = ctx.storefrontBasePath ?? ''
    const lines = [
      'User-agent: *',
      `Disallow: ${base}/account`,
      `Disallow: ${base}/cart`,
      `Disallow: ${base}/checkout`,
      `Disallow: ${base}/wishlist`,
      `Sitemap: ${origin}/sitemap.xml`,
    ]
    return ctx.response
      .header('content-type', 'text/plain; charset=utf-8')
      .send(`${lines.join('\n')}\n`)
  }
}
