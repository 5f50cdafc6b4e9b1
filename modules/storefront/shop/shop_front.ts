import type { HttpContext } from '@adonisjs/core/http'
import { ShopFront, type ShopChrome } from '#kernel/contracts/shop_front'
import { publicFileUrl } from '#kernel/files/image_upload'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { accountLinks, shopBrand } from '#modules/storefront/shop/shop_chrome'
import { bestSellers, featuredCategories, newArrivals } from '#modules/storefront/shop/shop_catalog'
import { seoMeta } from '#modules/storefront/shop/seo'

/**
 * The shop's front door for the kernel's `/s/:storefront` route: the
 * branded home page and the header's links and counts.
 */
export class StorefrontShopFront extends ShopFront {
  moduleKey = 'storefront'

  async home(ctx: HttpContext) {
    const settings = await shopSettings()
    const shop = await shopBrand(ctx)
    const { theme } = settings
    return ctx.inertia.render('storefront/shop/home', {
      shop,
      seo: seoMeta(ctx, {
        title: shop.name,
        description: theme.heroText ?? `Shop online at ${shop.name}.`,
        path: '',
        imageUrl: publicFileUrl(theme.heroImagePath),
        jsonLd: {
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          'name': shop.name,
          'url': seoMeta(ctx, { title: shop.name, path: '/' }).canonicalUrl,
          'potentialAction': {
            '@type': 'SearchAction',
            'target': `${seoMeta(ctx, { title: shop.name, path: '/search' }).canonicalUrl}?q={query}`,
            'query-input': 'required name=query',
          },
        },
      }),
      hero: {
        title: theme.heroTitle ?? `Welcome to ${shop.name}`,
        text: theme.heroText,
        imageUrl: publicFileUrl(theme.heroImagePath),
      },
      categories: await featuredCategories(theme.featuredCategoryIds),
      newArrivals: await newArrivals(),
      bestSellers: await bestSellers(),
    })
  }

  async chrome(ctx: HttpContext): Promise<ShopChrome> {
    const shop = await shopBrand(ctx)
    return {
      menu: shop.menu,
      cartItemCount: shop.cartItemCount,
      searchPath: `${shop.basePath}/search`,
      brandColor: shop.brandColor,
      logoUrl: shop.logoUrl,
      footerLinks: shop.footerLinks,
      accountLinks: accountLinks(shop.basePath),
    }
  }
}
