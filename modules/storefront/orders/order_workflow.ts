import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import { ActionRefused } from '#exceptions/action_refused'
import { emitEvent } from '#kernel/contracts/emit_event'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Tenant from '#kernel/tenancy/models/tenant'
import Order from '#modules/storefront/models/order'
import OrderItem from '#modules/storefront/models/order_item'
import { recordOrderEvent, type OrderActor } from '#modules/storefront/orders/order_timeline'
import { restockVariants } from '#modules/storefront/orders/restock'
import OrderFulfilledMail from '#modules/storefront/orders/order_fulfilled_mail'

/** A workflow step the order's current state does not allow. */
export class OrderTransitionRefused extends ActionRefused {}

/** Locks the order row for the rest of the transaction: concurrent staff actions queue up. */
export async function lockOrder(orderId: string) {
  return Order.query().where('id', orderId).forUpdate().firstOrFail()
}

/**
 * Whether it may be shipped: once paid, or straight away when the customer
 * pays the courier (cash on delivery).
 */
export function canFulfil(order: Order) {
  if (order.fulfillmentStatus !== 'unfulfilled') {
    return false
  }
  if (order.status === 'paid') {
    return true
  }
  return order.status === 'pending' && order.paymentMethod === 'cash_on_delivery'
}

export interface FulfilmentInput {
  carrier: string
  trackingNumber: string
  trackingUrl?: string | null
}

/**
 * Ships an order: stores the carrier and tracking number, emails the
 * customer and emits `storefront.order.fulfilled`.
 */
export async function fulfilOrder(orderId: string, input: FulfilmentInput, actor: OrderActor) {
  const order = await lockOrder(orderId)
  if (!canFulfil(order)) {
    throw new OrderTransitionRefused(
      order.status === 'pending'
        ? `Order #${order.number} is not paid yet: mark it paid before fulfilling it.`
        : `Order #${order.number} is ${order.status} and cannot be fulfilled.`
    )
  }
  order.merge({
    status: 'fulfilled',
    fulfillmentStatus: 'fulfilled',
    carrier: input.carrier,
    trackingNumber: input.trackingNumber,
    trackingUrl: input.trackingUrl ?? null,
    fulfilledAt: DateTime.now(),
  })
  await order.save()
  await recordOrderEvent(
    order.id,
    'fulfilled',
    `Shipped with ${input.carrier}, tracking number ${input.trackingNumber}.`,
    actor,
    { carrier: input.carrier, trackingNumber: input.trackingNumber }
  )
  if (!order.anonymizedAt) {
    const tenant = await Tenant.findOrFail(requireTenantId())
    const items = await OrderItem.query().where('order_id', order.id).orderBy('name')
    await mail.sendLater(new OrderFulfilledMail(order, items, tenant))
  }
  await emitEvent('storefront.order.fulfilled', { tenantId: order.tenantId, orderId: order.id })
  return order
}

/** The parcel arrived. */
export async function markOrderDelivered(orderId: string, actor: OrderActor) {
  const order = await lockOrder(orderId)
  if (order.status !== 'fulfilled') {
    throw new OrderTransitionRefused(
      `Order #${order.number} is ${order.status}: only a fulfilled order can be marked delivered.`
    )
  }
  order.merge({ status: 'delivered', fulfillmentStatus: 'delivered', deliveredAt: DateTime.now() })
  await order.save()
  await recordOrderEvent(order.id, 'delivered', 'Marked as delivered.', actor)
  return order
}

/**
 * Cancels an order that has not shipped. Its units go back in stock
 * (except those already put back by a refund); money taken is returned
 * with a refund, separately.
 */
export async function cancelOrder(orderId: string, reason: string | null, actor: OrderActor) {
  const order = await lockOrder(orderId)
  if (order.status !== 'pending' && order.status !== 'paid') {
    throw new OrderTransitionRefused(
      `Order #${order.number} is ${order.status} and can no longer be cancelled.`
    )
  }
  const items = await OrderItem.query().where('order_id', order.id)
  const restocked = await restockedQuantities(order.id)
  await restockVariants(
    items.map((item) => ({
      variantId: item.variantId,
      quantity: item.quantity - (restocked.get(item.id) ?? 0),
    }))
  )
  order.merge({ status: 'cancelled', cancelledAt: DateTime.now() })
  await order.save()
  await recordOrderEvent(
    order.id,
    'cancelled',
    reason ? `Cancelled: ${reason}` : 'Cancelled.',
    actor,
    reason ? { reason } : {}
  )
  await emitEvent('storefront.order.cancelled', { tenantId: order.tenantId, orderId: order.id })
  return order
}

/** Units of each line that refunds already put back in stock. */
export async function restockedQuantities(orderId: string) {
  const order = await Order.query()
    .where('id', orderId)
    .preload('refunds', (query) => query.where('restock', true))
    .firstOrFail()
  const quantities = new Map<string, number>()
  for (const refund of order.refunds) {
    for (const line of refund.lines) {
      quantities.set(line.orderItemId, (quantities.get(line.orderItemId) ?? 0) + line.quantity)
    }
  }
  return quantities
}

/** A note for the team, on the timeline; customers never see it. */
export async function addStaffNote(orderId: string, note: string, actor: OrderActor) {
  const order = await Order.findOrFail(orderId)
  return recordOrderEvent(order.id, 'note', note, actor)
}
