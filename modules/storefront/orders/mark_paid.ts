import { DateTime } from 'luxon'
import { emitEvent } from '#kernel/contracts/emit_event'
import { lockOrder, OrderTransitionRefused } from '#modules/storefront/orders/order_workflow'
import { recordOrderEvent, type OrderActor } from '#modules/storefront/orders/order_timeline'

export interface PaymentRecord extends OrderActor {
  /** A staff note (a bank reference, "paid at the counter"). */
  note?: string | null
  /** Set when Stripe confirmed the payment. */
  stripePaymentIntentId?: string | null
}

/**
 * Records that an order's money arrived: staff marking a manual payment
 * (bank transfer, cash) or Stripe's confirmation. The order becomes paid,
 * its timeline says how, and `storefront.order.paid` is emitted. An order
 * already paid is left as it is (a repeated confirmation changes nothing).
 */
export async function markOrderPaid(orderId: string, by: PaymentRecord) {
  const order = await lockOrder(orderId)
  if (order.paymentStatus !== 'unpaid') {
    return order
  }
  if (order.status === 'cancelled') {
    throw new OrderTransitionRefused(
      `Order #${order.number} is cancelled: it cannot be marked as paid.`
    )
  }
  order.merge({
    status: order.status === 'pending' ? 'paid' : order.status,
    paymentStatus: 'paid',
    paidAt: DateTime.now(),
    stripePaymentIntentId: by.stripePaymentIntentId ?? order.stripePaymentIntentId,
  })
  await order.save()
  const how = by.stripePaymentIntentId
    ? 'Paid by card through Stripe.'
    : by.note
      ? `Marked as paid: ${by.note}`
      : 'Marked as paid.'
  await recordOrderEvent(
    order.id,
    'paid',
    how,
    by,
    by.stripePaymentIntentId ? { paymentIntent: by.stripePaymentIntentId } : {}
  )
  await emitEvent('storefront.order.paid', { tenantId: order.tenantId, orderId: order.id })
  return order
}
