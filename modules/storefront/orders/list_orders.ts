import type { Infer } from '@vinejs/vine/types'
import Order from '#modules/storefront/models/order'
import type { orderFiltersValidator } from '#modules/storefront/validators/orders'

export type OrderFilters = Infer<typeof orderFiltersValidator>

export const ORDERS_PAGE_SIZE = 25

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&')

/**
 * The back office's order list: newest first, filtered, searched by
 * number, email or name.
 */
export function listOrders(filters: OrderFilters) {
  const query = Order.query().orderBy('placed_at', 'desc').orderBy('number', 'desc')
  if (filters.q) {
    const number = /^#?(\d{1,15})$/.exec(filters.q)
    const pattern = `%${escapeLike(filters.q)}%`
    query.where((search) => {
      if (number) {
        search.where('number', Number(number[1]))
      }
      search.orWhere('email', 'ilike', pattern).orWhere('customer_name', 'ilike', pattern)
    })
  }
  if (filters.status) query.where('status', filters.status)
  if (filters.payment) query.where('payment_status', filters.payment)
  if (filters.fulfilment) query.where('fulfillment_status', filters.fulfilment)
  if (filters.customer) query.where('customer_id', filters.customer)
  if (filters.from) query.where('placed_at', '>=', filters.from)
  if (filters.to) {
    query.where('placed_at', '<', new Date(filters.to.getTime() + 24 * 3600 * 1000))
  }
  if (filters.min_total !== undefined) query.where('total_minor', '>=', filters.min_total)
  if (filters.max_total !== undefined) query.where('total_minor', '<=', filters.max_total)
  return query.paginate(filters.page ?? 1, ORDERS_PAGE_SIZE)
}

export function orderSummary(order: Order) {
  return {
    id: order.id,
    number: order.number,
    customerName: order.customerName,
    email: order.email,
    customerId: order.customerId,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    paymentMethod: order.paymentMethod,
    currency: order.currency,
    totalMinor: order.totalMinor,
    refundedMinor: order.refundedMinor,
    placedAt: order.placedAt.toISO()!,
  }
}
