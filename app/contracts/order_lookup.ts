/**
 * A customer's orders as other modules may show them (the chat assistant
 * answers "where is my order?"). Bound by the storefront module; works in
 * the current tenant scope and only ever returns orders of the customer
 * given.
 */
export interface OrderStatusView {
  number: number
  status: 'pending' | 'paid' | 'fulfilled' | 'delivered' | 'cancelled'
  paymentStatus: 'unpaid' | 'paid' | 'partially_refunded' | 'refunded'
  fulfillmentStatus: 'unfulfilled' | 'fulfilled' | 'delivered'
  placedAt: string
  totalMinor: number
  currency: string
  lines: { name: string; variantTitle: string | null; quantity: number }[]
  carrier: string | null
  trackingNumber: string | null
  trackingUrl: string | null
}

export abstract class OrderLookup {
  /** The customer's most recent orders, newest first. */
  abstract recentOrders(customerId: string, limit: number): Promise<OrderStatusView[]>
  /** One of the customer's orders by its number; null when it is not theirs or does not exist. */
  abstract findOrder(customerId: string, orderNumber: number): Promise<OrderStatusView | null>
}
