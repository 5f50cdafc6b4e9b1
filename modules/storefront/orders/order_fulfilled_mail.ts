import { BrandedMail, brandOf } from '#kernel/mail/branded_mail'
import type Tenant from '#kernel/tenancy/models/tenant'
import type Order from '#modules/storefront/models/order'
import type OrderItem from '#modules/storefront/models/order_item'
import { formatMoney } from '#kernel/money/money'

/** Tells the customer their order is on its way, with the tracking details. */
export default class OrderFulfilledMail extends BrandedMail {
  protected template = 'storefront_fulfilment'
  private details: Record<string, unknown>

  constructor(order: Order, items: OrderItem[], tenant: Tenant) {
    super()
    this.subject = `Your order #${order.number} is on its way`
    this.brand = brandOf(tenant)
    this.details = {
      to: order.email,
      name: order.customerName,
      number: order.number,
      carrier: order.carrier,
      trackingNumber: order.trackingNumber,
      trackingUrl: order.trackingUrl,
      items: items.map((item) => ({
        name: item.variantTitle ? `${item.name} (${item.variantTitle})` : item.name,
        quantity: item.quantity,
      })),
      total: formatMoney(order.totalMinor, order.currency, tenant.locale),
      address: order.shippingAddress,
    }
  }

  protected recipient() {
    return this.details.to as string
  }

  protected data() {
    return this.details
  }
}
