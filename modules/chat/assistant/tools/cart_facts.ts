import type { CartView } from '#kernel/contracts/cart_actions'
import { formatMoney } from '#kernel/money/money'

/** The conversation's cart as the model is told it. */
export function cartFacts(cart: CartView | null) {
  if (!cart || cart.lines.length === 0) return { cart: 'empty' }
  return {
    lines: cart.lines.map((line) => ({
      variantId: line.variantId,
      name: line.variantTitle ? `${line.name} (${line.variantTitle})` : line.name,
      quantity: line.quantity,
      price: formatMoney(line.unitPriceMinor, cart.currency),
      total: formatMoney(line.lineTotalMinor, cart.currency),
    })),
    itemCount: cart.itemCount,
    subtotal: formatMoney(cart.subtotalMinor, cart.currency),
  }
}
