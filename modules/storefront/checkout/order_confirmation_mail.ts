import { BrandedMail, brandOf } from '#kernel/mail/branded_mail'
import type Tenant from '#kernel/tenancy/models/tenant'
import type Order from '#modules/storefront/models/order'
import type OrderItem from '#modules/storefront/models/order_item'
import { formatMoney } from '#kernel/money/money'
import { paymentMethodLabel } from '#modules/storefront/checkout/payment_labels'

/** Thanks the buyer for their order: what they bought, what it costs, how to pay. */
export default class OrderConfirmationMail extends BrandedMail {
  protected template = 'storefront_order_confirmation'
  private details: Record<string, unknown>

  constructor(
    order: Order,
    items: OrderItem[],
    tenant: Tenant,
    extra: { orderUrl: string; paymentInstructions: string | null }
  ) {
    super()
    this.subject = `Thank you for your order #${order.number}`
    this.brand = brandOf(tenant)
    const money = (minor: number) => formatMoney(minor, order.currency, tenant.locale)
    this.details = {
      to: order.email,
      name: order.customerName,
      number: order.number,
      items: items.map((item) => ({
        name: item.variantTitle ? `${item.name} (${item.variantTitle})` : item.name,
        quantity: item.quantity,
        total: money(item.totalMinor),
      })),
      subtotal: money(order.subtotalMinor),
      discount: order.discountMinor > 0 ? money(order.discountMinor) : null,
      shipping: money(order.shippingMinor),
      tax: money(order.taxMinor),
      taxIncluded: order.pricesIncludeTax,
      total: money(order.totalMinor),
      address: order.shippingAddress,
      paymentMethod: paymentMethodLabel(order.paymentMethod),
      paymentInstructions:
        order.paymentMethod === 'bank_transfer' ? extra.paymentInstructions : null,
      awaitingPayment: order.paymentStatus === 'unpaid' && order.paymentMethod !== 'stripe',
      orderUrl: extra.orderUrl,
    }
  }

  protected recipient() {
    return this.details.to as string
  }

  protected data() {
    return this.details
  }
}
