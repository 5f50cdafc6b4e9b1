import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { cartFacts } from '#modules/chat/assistant/tools/cart_facts'
import { conversationCheckoutLink } from '#modules/chat/conversations/conversation_cart'

export default defineTool({
  declaration: {
    name: 'checkout_link',
    description:
      "A secure link to the shop's checkout for the customer's cart, where they enter their address and pay. Payment and address details are never asked for in the chat.",
    parameters: { type: Type.OBJECT, properties: {} },
  },
  validator: vine.create({}),
  async execute(context) {
    const { cart, url } = await conversationCheckoutLink(context.conversation)
    return { url, ...cartFacts(cart) }
  },
})
