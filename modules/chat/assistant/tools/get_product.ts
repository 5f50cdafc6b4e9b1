import app from '@adonisjs/core/services/app'
import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { CatalogReader } from '#kernel/contracts/catalog_reader'
import { defineTool, toolError } from '#modules/chat/assistant/tools/tool'
import { productFacts } from '#modules/chat/assistant/tools/product_facts'
import { formatMoney } from '#kernel/money/money'

const DESCRIPTION_LENGTH = 1500

export default defineTool({
  declaration: {
    name: 'get_product',
    description:
      'Reads one product in full: description, options and variants with their price and stock.',
    parameters: {
      type: Type.OBJECT,
      properties: {
        product_id: { type: Type.STRING, description: 'The productId from search_products.' },
      },
      required: ['product_id'],
    },
  },
  validator: vine.create({
    product_id: vine.string().trim().minLength(1).maxLength(200),
  }),
  async execute(context, args) {
    const reader = await app.container.make(CatalogReader)
    const product = await reader.getProduct(args.product_id)
    if (!product) return toolError('No such product.')
    context.shownProducts.set(product.id, product)
    return {
      ...productFacts(product),
      description: product.descriptionText.slice(0, DESCRIPTION_LENGTH),
      category: product.categoryName,
      options: product.options,
      variants: product.variants.map((variant) => ({
        variantId: variant.id,
        title: variant.title,
        options: variant.optionValues,
        price: formatMoney(variant.priceMinor, product.currency),
        inStock: variant.inStock,
      })),
    }
  },
})
