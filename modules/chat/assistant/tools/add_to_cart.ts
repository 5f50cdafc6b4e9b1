import app from '@adonisjs/core/services/app'
import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { CatalogReader, type CatalogProductDetail } from '#kernel/contracts/catalog_reader'
import { defineTool, toolError } from '#modules/chat/assistant/tools/tool'
import { cartFacts } from '#modules/chat/assistant/tools/cart_facts'
import { addToConversationCart } from '#modules/chat/conversations/conversation_cart'

/** The variant of a product the customer means: the only one, or the one with that option. */
function chooseVariant(product: CatalogProductDetail, option: string | undefined) {
  if (product.variants.length === 1) return product.variants[0]
  if (!option) return null
  const wanted = option.toLocaleLowerCase()
  return (
    product.variants.find(
      (variant) =>
        variant.title.toLocaleLowerCase() === wanted ||
        variant.optionValues.some((value) => value.toLocaleLowerCase() === wanted)
    ) ?? null
  )
}

export default defineTool({
  declaration: {
    name: 'add_to_cart',
    description:
      "Adds a product to the customer's cart. Give the variantId, or the productId and the option chosen (e.g. a size or shade) when the product has several.",
    parameters: {
      type: Type.OBJECT,
      properties: {
        variant_id: { type: Type.STRING },
        product_id: { type: Type.STRING },
        option: { type: Type.STRING, description: 'The option value chosen, e.g. "30 ml".' },
        quantity: { type: Type.INTEGER, description: 'From 1 to 10; 1 when not said.' },
      },
    },
  },
  validator: vine.create({
    variant_id: vine.string().trim().uuid().optional().requiredIfMissing('product_id'),
    product_id: vine.string().trim().minLength(1).maxLength(200).optional(),
    option: vine.string().trim().minLength(1).maxLength(100).optional(),
    quantity: vine.number().withoutDecimals().min(1).max(10).optional(),
  }),
  async execute(context, args) {
    let variantId = args.variant_id
    if (!variantId) {
      const reader = await app.container.make(CatalogReader)
      const product = await reader.getProduct(args.product_id!)
      if (!product) return toolError('No such product.')
      const variant = chooseVariant(product, args.option)
      if (!variant) {
        return toolError(
          `Ask which option the customer wants: ${product.variants.map((entry) => entry.title).join(', ')}.`
        )
      }
      variantId = variant.id
    }
    const cart = await addToConversationCart(context.conversation, variantId, args.quantity ?? 1)
    return { added: true, ...cartFacts(cart) }
  },
})
