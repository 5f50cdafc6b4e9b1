import { defineListener } from '#kernel/contracts/define_listener'
import { attributeOrder } from '#modules/chat/analytics/attribute_order'

/** An order checked out from a cart filled in a conversation counts for the chat. */
export default defineListener({
  name: 'attribute_chat_order',
  event: 'storefront.order.placed',
  async handle(payload) {
    await attributeOrder(payload)
  },
})
