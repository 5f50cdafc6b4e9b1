import type { CartView } from '#kernel/contracts/cart_actions'
import { formatPrice } from '#modules/chat/assistant/money'

/** The conversation's cart as the model is told it. */
export function cartFacts(cart: CartView | null) {
  if (!cart || cart.lines.length === 0) return { cart: 'empty' }
  return {
    lines: cart.lines.map((line) => ({
      variantId: line.variantId,
      name: line.variantTitle ? `${line.name} (${line.variantTitle})` : line.name,
      quantity: line.quantity,
      price: formatPrice(line.unitPriceMinor, cart.currency),
      total: formatPrice(line.lineTotalMinor, cart.currency),
    })),
    itemCount: cart.itemCount,
    subtotal: formatPrice(cart.subtotalMinor, cart.currency),
  }
}
