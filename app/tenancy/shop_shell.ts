import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { ShopFront } from '#kernel/contracts/shop_front'
import { shopEmbeds } from '#kernel/contracts/shop_embeds'
import { currentTenantId } from '#kernel/tenancy/tenant_context'
import { enabledModulesOf } from '#kernel/modules/request_modules'

/** The module running the workspace's shop, while the workspace has it on. */
export async function activeShopFront(ctx: HttpContext) {
  if (!app.container.hasBinding(ShopFront)) return null
  const front = await app.container.make(ShopFront)
  const enabled = await enabledModulesOf(ctx)
  return enabled.has(front.moduleKey) ? front : null
}

/**
 * What the storefront frame (inertia/layouts/shop_layout.tsx) shows on the
 * kernel's shop pages (home, sign-in, account): the workspace's name and
 * colour, plus the shop module's menu, cart, footer and account links when
 * it is on.
 */
export async function shopShell(ctx: HttpContext) {
  const tenant = ctx.tenant!
  const shell = {
    name: tenant.name,
    brandColor: tenant.brandColor,
    basePath: ctx.storefrontBasePath ?? '',
    customerName: ctx.customer?.name ?? null,
  }
  const front = await activeShopFront(ctx)
  if (!front) return shell
  const chrome = await front.chrome(ctx)
  return {
    ...shell,
    brandColor: chrome.brandColor,
    logoUrl: chrome.logoUrl,
    menu: chrome.menu,
    footerLinks: chrome.footerLinks,
    cartItemCount: chrome.cartItemCount,
    accountLinks: chrome.accountLinks,
  }
}

/** Scripts the workspace's modules add to its storefront pages (none elsewhere). */
export async function shopPageEmbeds(ctx: HttpContext) {
  // Error pages may render after the request's tenant scope has closed.
  if (!ctx.tenant || ctx.storefrontBasePath === undefined || currentTenantId() !== ctx.tenant.id) {
    return []
  }
  return shopEmbeds.of(ctx, await enabledModulesOf(ctx))
}
