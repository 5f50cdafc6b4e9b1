import { CustomerDirectory, type DirectoryCustomer } from '#kernel/contracts/customer_directory'
import Order from '#modules/storefront/models/order'
import { customerWithTotals } from '#modules/storefront/customers/list_customers'

export class StorefrontCustomerDirectory extends CustomerDirectory {
  async find(customerId: string, orderLimit = 5): Promise<DirectoryCustomer | null> {
    const customer = await customerWithTotals(customerId)
    if (!customer) return null
    const orders = await Order.query()
      .where('customer_id', customerId)
      .orderBy('placed_at', 'desc')
      .limit(orderLimit)
    return {
      id: customer.id,
      name: customer.name,
      email: customer.email,
      erased: customer.erased,
      ordersCount: customer.ordersCount,
      spentMinor: customer.spentMinor,
      createdAt: customer.createdAt,
      recentOrders: orders.map((order) => ({
        id: order.id,
        number: String(order.number),
        status: order.status,
        paymentStatus: order.paymentStatus,
        totalMinor: order.totalMinor,
        currency: order.currency,
        placedAt: order.placedAt.toISO()!,
      })),
    }
  }
}
