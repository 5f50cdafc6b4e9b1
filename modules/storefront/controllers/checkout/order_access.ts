import type { HttpContext } from '@adonisjs/core/http'
import type Order from '#modules/storefront/models/order'

const SESSION_KEY = 'storefront_orders'
const REMEMBERED = 20

function remembered(ctx: HttpContext): string[] {
  const value: unknown = ctx.session.get(SESSION_KEY)
  return Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []
}

/** This browser placed (or was sent the link to) the order: it may see it. */
export function rememberOrder(ctx: HttpContext, orderId: string) {
  const ids = remembered(ctx).filter((id) => id !== orderId)
  ctx.session.put(SESSION_KEY, [orderId, ...ids].slice(0, REMEMBERED))
}

/**
 * Who may see an order's confirmation: its customer, the browser that
 * placed it, and whoever holds its signed link (a guest's email).
 */
export function mayViewOrder(ctx: HttpContext, order: Order) {
  if (ctx.customer && order.customerId === ctx.customer.id) return true
  if (ctx.request.hasValidSignature()) return true
  return remembered(ctx).includes(order.id)
}
