import type { ApplicationService } from '@adonisjs/core/types'
import { CartActions } from '#kernel/contracts/cart_actions'
import { CartService } from '#modules/storefront/cart/cart_service'

/**
 * The storefront's implementations of the contracts other modules use.
 */
export default function storefrontProvider(app: ApplicationService) {
  app.container.singleton(CartActions, () => new CartService())
}
