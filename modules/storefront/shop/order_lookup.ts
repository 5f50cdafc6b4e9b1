import { OrderLookup, type OrderStatusView } from '#kernel/contracts/order_lookup'
import Order from '#modules/storefront/models/order'

function view(order: Order): OrderStatusView {
  return {
    number: order.number,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    placedAt: order.placedAt.toISO()!,
    totalMinor: order.totalMinor,
    currency: order.currency,
    lines: order.items.map((item) => ({
      name: item.name,
      variantTitle: item.variantTitle === 'Default' ? null : item.variantTitle,
      quantity: item.quantity,
    })),
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
  }
}

function ordersOf(customerId: string) {
  return Order.query()
    .where('customer_id', customerId)
    .preload('items', (items) => items.orderBy('id'))
}

/** A customer's own orders, for other modules (the chat assistant). */
export class StorefrontOrderLookup extends OrderLookup {
  async recentOrders(customerId: string, limit: number) {
    const orders = await ordersOf(customerId).orderBy('placed_at', 'desc').limit(limit)
    return orders.map(view)
  }

  async findOrder(customerId: string, orderNumber: number) {
    const order = await ordersOf(customerId).where('number', orderNumber).first()
    return order ? view(order) : null
  }
}
