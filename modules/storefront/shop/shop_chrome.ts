import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { publicFileUrl } from '#kernel/files/image_upload'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Cart from '#modules/storefront/models/cart'
import Category from '#modules/storefront/models/category'
import ShopPage from '#modules/storefront/models/shop_page'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { currentCartId } from '#modules/storefront/cart/cart_cookie'

export type ShopLink = {
  label: string
  href: string
}

/** What every storefront page's frame shows (see inertia/layouts/shop_layout.tsx). */
export type ShopBrandProps = {
  name: string
  brandColor: string
  basePath: string
  currency: string
  logoUrl: string | null
  menu: ShopLink[]
  footerLinks: ShopLink[]
  cartItemCount: number
  customerName: string | null
}

function menuHref(basePath: string, href: string) {
  if (/^https?:\/\//.test(href)) return href
  if (href.startsWith('/')) return `${basePath}${href}`
  return null
}

/** The cart this browser or signed-in customer fills. */
export async function activeCartId(ctx: HttpContext) {
  const fromCookie = currentCartId(ctx)
  if (fromCookie) return fromCookie
  if (!ctx.customer) return null
  const own = await Cart.query()
    .where('customer_id', ctx.customer.id)
    .orderBy('updated_at', 'desc')
    .select('id')
    .first()
  return own?.id ?? null
}

export async function cartItemCount(ctx: HttpContext) {
  const cartId = await activeCartId(ctx)
  if (!cartId) return 0
  const row = await db
    .from('storefront_cart_items')
    .where('tenant_id', requireTenantId())
    .where('cart_id', cartId)
    .sum('quantity as units')
    .first()
  return Number(row?.units ?? 0)
}

/** The shop's menu: the one set in the shop settings, or its top categories. */
export async function shopMenu(basePath: string): Promise<ShopLink[]> {
  const settings = await shopSettings()
  const configured = settings.menu
    .map((entry) => ({ label: entry.label, href: menuHref(basePath, entry.href) }))
    .filter((entry): entry is ShopLink => entry.href !== null)
  if (configured.length > 0) return configured
  const categories = await Category.query().whereNull('parent_id').orderBy('position').limit(6)
  return categories.map((category) => ({
    label: category.name,
    href: `${basePath}/categories/${category.slug}`,
  }))
}

export async function shopBrand(ctx: HttpContext): Promise<ShopBrandProps> {
  const tenant = ctx.tenant!
  const basePath = ctx.storefrontBasePath ?? ''
  const settings = await shopSettings()
  const pages = await ShopPage.query()
    .where('published', true)
    .select('slug', 'title')
    .orderBy('title')
  return {
    name: tenant.name,
    brandColor: settings.theme.accentColor ?? tenant.brandColor,
    basePath,
    currency: tenant.currency,
    logoUrl: publicFileUrl(tenant.logoPath),
    menu: await shopMenu(basePath),
    footerLinks: pages.map((page) => ({
      label: page.title,
      href: `${basePath}/pages/${page.slug}`,
    })),
    cartItemCount: await cartItemCount(ctx),
    customerName: ctx.customer?.name ?? null,
  }
}

/** The account pages the shop adds for signed-in customers. */
export function accountLinks(basePath: string): ShopLink[] {
  return [
    { label: 'Orders', href: `${basePath}/account/orders` },
    { label: 'Addresses', href: `${basePath}/account/addresses` },
    { label: 'Profile', href: `${basePath}/account/profile` },
    { label: 'Wishlist', href: `${basePath}/wishlist` },
    { label: 'Your data', href: `${basePath}/account/privacy` },
  ]
}
