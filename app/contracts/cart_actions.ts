import type { HttpContext } from '@adonisjs/core/http'

/**
 * Cart operations for other modules (a chat assistant or a live stream
 * adds to a customer's cart, then hands them a link to check out). Bound by
 * the storefront module; works in the current tenant scope.
 */
export interface CartLine {
  variantId: string
  productId: string
  name: string
  variantTitle: string | null
  unitPriceMinor: number
  quantity: number
  lineTotalMinor: number
  imageUrl: string | null
  available: number
}

export interface CartView {
  id: string
  currency: string
  lines: CartLine[]
  itemCount: number
  subtotalMinor: number
}

export class CartActionError extends Error {}

export abstract class CartActions {
  abstract view(cartId: string): Promise<CartView | null>
  /**
   * Adds units of a variant; creates the cart when `cartId` is null (for
   * the customer, when given). Refuses more than what is available.
   */
  abstract add(input: {
    cartId: string | null
    customerId?: string | null
    variantId: string
    quantity: number
  }): Promise<CartView>
  abstract setQuantity(cartId: string, variantId: string, quantity: number): Promise<CartView>
  abstract remove(cartId: string, variantId: string): Promise<CartView>
  /** An absolute URL that opens this cart's checkout on the storefront. */
  abstract checkoutLink(cartId: string): Promise<string>
  /** The cart of the shop visitor making this storefront request, if any. */
  abstract browserCartId(ctx: HttpContext): string | null
  /** Makes a cart the one this shop visitor sees (in the shop's header and checkout). */
  abstract rememberForBrowser(ctx: HttpContext, cartId: string): void
}
