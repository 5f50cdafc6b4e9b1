import type { HttpContext } from '@adonisjs/core/http'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'
import { CartService } from '#modules/storefront/cart/cart_service'
import { currentCartId, rememberCartId } from '#modules/storefront/cart/cart_cookie'

/**
 * A customer signs in with a guest cart in their cookie: its lines join
 * their own cart, and the cookie follows the merged cart.
 */
export async function mergeCartAtSignIn(ctx: HttpContext, customerId: string) {
  const enabled = await enabledModuleKeys()
  if (!enabled.has('storefront')) return
  const cartId = await new CartService().mergeIntoCustomerCart(currentCartId(ctx), customerId)
  if (cartId) {
    rememberCartId(ctx, cartId)
  }
}
