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
}

export abstract class ShopFront {
  /** The module key whose enablement decides whether the shop is open. */
  abstract moduleKey: string
  abstract home(ctx: HttpContext): Promise<unknown>
  abstract chrome(ctx: HttpContext): Promise<ShopChrome>
}
