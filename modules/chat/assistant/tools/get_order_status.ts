import app from '@adonisjs/core/services/app'
import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { OrderLookup, type OrderStatusView } from '#kernel/contracts/order_lookup'
import { defineTool, toolError } from '#modules/chat/assistant/tools/tool'
import { formatMoney } from '#kernel/money/money'

const RECENT = 3

function orderFacts(order: OrderStatusView) {
  return {
    number: order.number,
    placedAt: order.placedAt.slice(0, 10),
    status: order.status,
    payment: order.paymentStatus,
    shipping: order.fulfillmentStatus,
    total: formatMoney(order.totalMinor, order.currency),
    items: order.lines.map((line) => `${line.quantity} × ${line.name}`),
    tracking: order.trackingNumber
      ? { carrier: order.carrier, number: order.trackingNumber, url: order.trackingUrl }
      : null,
  }
}

export default defineTool({
  declaration: {
    name: 'get_order_status',
    description:
      "The status of the signed-in customer's orders: one by its number, or the latest ones.",
    parameters: {
      type: Type.OBJECT,
      properties: {
        order_number: { type: Type.INTEGER, description: 'The order number, e.g. 1042.' },
      },
    },
  },
  validator: vine.create({
    order_number: vine.number().withoutDecimals().min(1).max(2_000_000_000).optional(),
  }),
  async execute(context, args) {
    const customerId = context.conversation.customerId
    if (!customerId) {
      return toolError(
        'The customer is not signed in. Ask them to sign in to their account on the shop, then ask again.'
      )
    }
    const orders = await app.container.make(OrderLookup)
    if (args.order_number === undefined) {
      const recent = await orders.recentOrders(customerId, RECENT)
      return { orders: recent.map(orderFacts) }
    }
    const order = await orders.findOrder(customerId, args.order_number)
    return order
      ? { order: orderFacts(order) }
      : toolError(`No order ${args.order_number} was found for this customer.`)
  },
})
