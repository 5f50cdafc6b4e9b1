import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import { publicFileUrl } from '#kernel/files/image_upload'
import Order from '#modules/storefront/models/order'
import type OrderItem from '#modules/storefront/models/order_item'
import type { ordersQueryValidator } from '#modules/storefront/validators/api'
import { pageOf } from '#modules/storefront/api/product_listing_query'
import {
  cursorOf,
  DEFAULT_PAGE_SIZE,
  notFound,
} from '#modules/storefront/controllers/api/catalog_api_controller'

export function orderSummary(order: Order) {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    paymentMethod: order.paymentMethod,
    email: order.email,
    customerName: order.customerName,
    customerId: order.customerId,
    currency: order.currency,
    subtotalMinor: order.subtotalMinor,
    discountMinor: order.discountMinor,
    shippingMinor: order.shippingMinor,
    taxMinor: order.taxMinor,
    totalMinor: order.totalMinor,
    refundedMinor: order.refundedMinor,
    source: order.source,
    placedAt: order.placedAt.toISO(),
    paidAt: order.paidAt?.toISO() ?? null,
  }
}

export function orderDetail(order: Order, items: OrderItem[]) {
  return {
    ...orderSummary(order),
    phone: order.phone,
    shippingAddress: order.shippingAddress,
    pricesIncludeTax: order.pricesIncludeTax,
    discountCode: order.discountCode,
    shippingMethod: order.shippingMethod,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    fulfilledAt: order.fulfilledAt?.toISO() ?? null,
    deliveredAt: order.deliveredAt?.toISO() ?? null,
    cancelledAt: order.cancelledAt?.toISO() ?? null,
    items: items.map((item) => ({
      id: item.id,
      productId: item.productId,
      variantId: item.variantId,
      name: item.name,
      variantTitle: item.variantTitle,
      sku: item.sku,
      imageUrl: publicFileUrl(item.imagePath),
      unitPriceMinor: item.unitPriceMinor,
      quantity: item.quantity,
      discountMinor: item.discountMinor,
      taxMinor: item.taxMinor,
      totalMinor: item.totalMinor,
      refundedQuantity: item.refundedQuantity,
    })),
  }
}

export async function listOrders(
  _ctx: HttpContext,
  { query }: { query: Infer<typeof ordersQueryValidator> }
) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const beforeId = cursorOf(query.cursor)
  const orders = Order.query()
    .orderBy('id', 'desc')
    .limit(limit + 1)
  if (beforeId) orders.where('id', '<', beforeId)
  if (query.status) orders.where('status', query.status)
  if (query.payment_status) orders.where('payment_status', query.payment_status)
  const rows = await orders
  return pageOf(rows.map(orderSummary), limit)
}

export async function showOrder(ctx: HttpContext) {
  const order = await Order.query()
    .where('id', ctx.params.id)
    .preload('items', (items) => items.orderBy('name'))
    .first()
  if (!order) notFound(ctx)
  return { data: orderDetail(order, order.items) }
}
