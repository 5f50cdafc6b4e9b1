import { emitEvent } from '#kernel/contracts/emit_event'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Conversation from '#modules/chat/models/conversation'

/**
 * Credits an order to the conversation whose cart it was checked out
 * from (the most recently active one when several share the cart). An
 * order is credited once; a conversation keeps its first order.
 */
export async function attributeOrder(order: {
  orderId: string
  cartId: string | null
  totalMinor: number
  currency: string
}) {
  if (!order.cartId) return null
  const alreadyCredited = await Conversation.query().where('order_id', order.orderId).first()
  if (alreadyCredited) return null
  const conversation = await Conversation.query()
    .where('cart_id', order.cartId)
    .whereNull('order_id')
    .orderByRaw('last_message_at desc nulls last')
    .forUpdate()
    .first()
  if (!conversation) return null
  conversation.orderId = order.orderId
  await conversation.save()
  await emitEvent('chat.order.attributed', {
    tenantId: requireTenantId(),
    conversationId: conversation.id,
    orderId: order.orderId,
    totalMinor: order.totalMinor,
    currency: order.currency,
  })
  return conversation
}
