import { ActionRefused } from '#exceptions/action_refused'
import { emitEvent } from '#kernel/contracts/emit_event'
import OrderItem from '#modules/storefront/models/order_item'
import Refund, { type RefundLine } from '#modules/storefront/models/refund'
import { lockOrder } from '#modules/storefront/orders/order_workflow'
import {
  actorLabel,
  recordOrderEvent,
  type OrderActor,
} from '#modules/storefront/orders/order_timeline'
import { restockVariants } from '#modules/storefront/orders/restock'
import { formatMoney } from '#kernel/money/money'
import { refundStripePayment } from '#modules/storefront/orders/stripe_refund'

export class RefundRefused extends ActionRefused {
  static status = 422
}

export interface RefundInput {
  /** Omitted: the remaining amount (a full refund). */
  amountMinor?: number
  /** Units returned per order line; with `restock` they go back in stock. */
  lines?: RefundLine[]
  restock?: boolean
  reason?: string | null
}

/**
 * Gives money back on a paid order, in full or in part, and optionally
 * puts the returned units back in stock. A Stripe payment is refunded on
 * the shop's connected account before anything is recorded; when Stripe
 * refuses, nothing changes.
 */
export async function refundOrder(orderId: string, input: RefundInput, actor: OrderActor) {
  const order = await lockOrder(orderId)
  if (order.paymentStatus !== 'paid' && order.paymentStatus !== 'partially_refunded') {
    throw new RefundRefused(
      order.paymentStatus === 'refunded'
        ? `Order #${order.number} is already fully refunded.`
        : `Order #${order.number} is not paid: there is nothing to refund.`
    )
  }
  const remaining = order.totalMinor - order.refundedMinor
  const amount = input.amountMinor ?? remaining
  if (amount < 1) {
    throw new RefundRefused('The refund must be at least one cent.')
  }
  if (amount > remaining) {
    throw new RefundRefused(
      `You can refund at most ${formatMoney(remaining, order.currency)} on order #${order.number}.`
    )
  }

  const items = await OrderItem.query().where('order_id', order.id)
  const lines = (input.lines ?? []).filter((line) => line.quantity > 0)
  for (const line of lines) {
    const item = items.find((candidate) => candidate.id === line.orderItemId)
    if (!item) {
      throw new RefundRefused('A returned line is not part of this order.')
    }
    if (item.refundedQuantity + line.quantity > item.quantity) {
      throw new RefundRefused(
        `Only ${item.quantity - item.refundedQuantity} of “${item.name}” can still be returned.`
      )
    }
  }

  const refund = await Refund.create({
    orderId: order.id,
    amountMinor: amount,
    reason: input.reason ?? null,
    restock: Boolean(input.restock) && lines.length > 0,
    lines,
    createdBy: await actorLabel(actor),
  })

  for (const line of lines) {
    const item = items.find((candidate) => candidate.id === line.orderItemId)!
    item.refundedQuantity += line.quantity
    await item.save()
  }
  // A cancelled order's units went back in stock when it was cancelled.
  if (refund.restock && order.status !== 'cancelled') {
    await restockVariants(
      lines.map((line) => ({
        variantId: items.find((item) => item.id === line.orderItemId)!.variantId,
        quantity: line.quantity,
      }))
    )
  }

  order.refundedMinor += amount
  order.paymentStatus = order.refundedMinor >= order.totalMinor ? 'refunded' : 'partially_refunded'
  await order.save()

  if (order.paymentMethod === 'stripe' && order.stripePaymentIntentId) {
    refund.stripeRefundId = await refundStripePayment({
      paymentIntentId: order.stripePaymentIntentId,
      amountMinor: amount,
      idempotencyKey: `storefront-refund-${refund.id}`,
      orderId: order.id,
    })
    await refund.save()
  }

  const returned = lines.reduce((sum, line) => sum + line.quantity, 0)
  await recordOrderEvent(
    order.id,
    'refunded',
    [
      `Refunded ${formatMoney(amount, order.currency)}`,
      returned > 0 ? `, ${returned} unit(s) returned${refund.restock ? ' and restocked' : ''}` : '',
      input.reason ? ` (${input.reason})` : '',
      '.',
    ].join(''),
    actor,
    { refundId: refund.id, amountMinor: amount }
  )
  await emitEvent('storefront.order.refunded', {
    tenantId: order.tenantId,
    orderId: order.id,
    refundId: refund.id,
    amountMinor: amount,
  })
  return refund
}
