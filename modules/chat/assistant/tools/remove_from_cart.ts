import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { cartFacts } from '#modules/chat/assistant/tools/cart_facts'
import { removeFromConversationCart } from '#modules/chat/conversations/conversation_cart'

export default defineTool({
  declaration: {
    name: 'remove_from_cart',
    description: "Removes a line from the customer's cart (its variantId, from view_cart).",
    parameters: {
      type: Type.OBJECT,
      properties: { variant_id: { type: Type.STRING } },
      required: ['variant_id'],
    },
  },
  validator: vine.create({ variant_id: vine.string().trim().uuid() }),
  async execute(context, args) {
    return {
      removed: true,
      ...cartFacts(await removeFromConversationCart(context.conversation, args.variant_id)),
    }
  },
})
