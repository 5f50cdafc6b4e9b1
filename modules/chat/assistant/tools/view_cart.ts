import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { cartFacts } from '#modules/chat/assistant/tools/cart_facts'
import { viewConversationCart } from '#modules/chat/conversations/conversation_cart'

export default defineTool({
  declaration: {
    name: 'view_cart',
    description: "Shows what is in the customer's cart.",
    parameters: { type: Type.OBJECT, properties: {} },
  },
  validator: vine.create({}),
  async execute(context) {
    return cartFacts(await viewConversationCart(context.conversation))
  },
})
