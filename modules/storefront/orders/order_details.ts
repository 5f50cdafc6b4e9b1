import Order from '#modules/storefront/models/order'
import { orderSummary } from '#modules/storefront/orders/list_orders'
import { canFulfil } from '#modules/storefront/orders/order_workflow'

/** An order with its lines, refunds and timeline, for the detail page. */
export async function orderDetails(orderId: string) {
  const order = await Order.query()
    .where('id', orderId)
    .preload('items', (query) => query.orderBy('name'))
    .preload('refunds', (query) => query.orderBy('created_at', 'desc'))
    .preload('events', (query) => query.orderBy('created_at', 'desc'))
    .firstOrFail()
  return {
    ...orderSummary(order),
    phone: order.phone,
    shippingAddress: order.shippingAddress,
    pricesIncludeTax: order.pricesIncludeTax,
    subtotalMinor: order.subtotalMinor,
    discountMinor: order.discountMinor,
    discountCode: order.discountCode,
    shippingMinor: order.shippingMinor,
    shippingMethod: order.shippingMethod,
    taxMinor: order.taxMinor,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    source: order.source,
    anonymized: order.anonymizedAt !== null,
    paidAt: order.paidAt?.toISO() ?? null,
    fulfilledAt: order.fulfilledAt?.toISO() ?? null,
    deliveredAt: order.deliveredAt?.toISO() ?? null,
    cancelledAt: order.cancelledAt?.toISO() ?? null,
    items: order.items.map((item) => ({
      id: item.id,
      productId: item.productId,
      name: item.name,
      variantTitle: item.variantTitle,
      sku: item.sku,
      unitPriceMinor: item.unitPriceMinor,
      quantity: item.quantity,
      discountMinor: item.discountMinor,
      taxMinor: item.taxMinor,
      totalMinor: item.totalMinor,
      refundedQuantity: item.refundedQuantity,
    })),
    refunds: order.refunds.map((refund) => ({
      id: refund.id,
      amountMinor: refund.amountMinor,
      reason: refund.reason,
      restock: refund.restock,
      createdBy: refund.createdBy,
      createdAt: refund.createdAt.toISO()!,
    })),
    timeline: order.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      message: event.message,
      actor: event.actorLabel,
      createdAt: event.createdAt.toISO()!,
    })),
    allowed: {
      markPaid: order.paymentStatus === 'unpaid' && order.status !== 'cancelled',
      fulfil: canFulfil(order),
      deliver: order.status === 'fulfilled',
      cancel: order.status === 'pending' || order.status === 'paid',
      refund: order.paymentStatus === 'paid' || order.paymentStatus === 'partially_refunded',
    },
  }
}

export type OrderDetails = Awaited<ReturnType<typeof orderDetails>>
