import type { HttpContext } from '@adonisjs/core/http'

/**
 * What the kernel's storefront shell asks of the module that runs the
 * shop: its home page and the links and counts the shop header shows.
 * Bound by the storefront module; used only while a workspace has it on.
 */
export interface ShopChrome {
  menu: { label: string; href: string }[]
  cartItemCount: number
  searchPath: string | null
  /** The shop's theme colour, when it has its own. */
  brandColor: string
  logoUrl: string | null
  /** Content pages (about, shipping…) linked from the footer. */
  footerLinks: { label: string; href: string }[]
  /** Pages the module adds to the customer's account (orders, addresses…). */
  accountLinks: { label: string; href: string }[]
}

export abstract class ShopFront {
  /** The module key whose enablement decides whether the shop is open. */
  abstract moduleKey: string
  abstract home(ctx: HttpContext): Promise<unknown>
  abstract chrome(ctx: HttpContext): Promise<ShopChrome>
}
