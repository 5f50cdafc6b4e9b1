import app from '@adonisjs/core/services/app'
import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { CatalogReader, type CatalogProductSummary } from '#kernel/contracts/catalog_reader'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { productFacts } from '#modules/chat/assistant/tools/product_facts'
import { currencyDigits } from '#kernel/money/money'

const SHOWN = 5
/** Candidates read before the price and attribute filters narrow them down. */
const CANDIDATES = 50

/** "Skin type" finds `skin_types`, "Dry" finds "dry". */
function normalized(word: string) {
  return word
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/s$/, '')
}

/** "Skin Care" names the category `skin-care`. */
function slugOf(category: string) {
  return category
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
}

function hasAttribute(product: CatalogProductSummary, name: string, value: string) {
  const wantedKey = normalized(name)
  const wantedValue = normalized(value)
  return Object.entries(product.attributes).some(([key, values]) => {
    if (normalized(key) !== wantedKey) return false
    return (Array.isArray(values) ? values : [values]).some(
      (candidate) => normalized(candidate) === wantedValue
    )
  })
}

export default defineTool({
  declaration: {
    name: 'search_products',
    description:
      "Searches the shop's catalog. Use it for any question about products, recommendations, prices or stock.",
    parameters: {
      type: Type.OBJECT,
      properties: {
        query: { type: Type.STRING, description: 'Words to search for, e.g. "vitamin c serum".' },
        category: { type: Type.STRING, description: 'A category, e.g. "skincare".' },
        attributes: {
          type: Type.ARRAY,
          description: 'Product attributes wanted, e.g. skin type "dry" or concern "acne".',
          items: {
            type: Type.OBJECT,
            properties: {
              name: { type: Type.STRING, description: 'e.g. "skin_types", "concerns"' },
              value: { type: Type.STRING },
            },
            required: ['name', 'value'],
          },
        },
        min_price: { type: Type.NUMBER, description: 'Lowest price, in the shop currency.' },
        max_price: { type: Type.NUMBER, description: 'Highest price, in the shop currency.' },
        in_stock: { type: Type.BOOLEAN, description: 'Only products in stock.' },
      },
    },
  },
  validator: vine.create({
    query: vine.string().trim().maxLength(200).optional(),
    category: vine.string().trim().maxLength(100).optional(),
    attributes: vine
      .array(
        vine.object({
          name: vine.string().trim().minLength(1).maxLength(60),
          value: vine.string().trim().minLength(1).maxLength(100),
        })
      )
      .maxLength(10)
      .optional(),
    min_price: vine.number().min(0).max(10_000_000).optional(),
    max_price: vine.number().min(0).max(10_000_000).optional(),
    in_stock: vine.boolean().optional(),
  }),
  async execute(context, args) {
    const reader = await app.container.make(CatalogReader)
    const found = await reader.search({
      text: args.query,
      categorySlug: args.category ? slugOf(args.category) : undefined,
      inStockOnly: args.in_stock,
      limit: CANDIDATES,
    })
    const products = found
      .filter((product) => {
        const price = product.priceMinor / 10 ** currencyDigits(product.currency)
        if (args.min_price !== undefined && price < args.min_price) return false
        if (args.max_price !== undefined && price > args.max_price) return false
        return (args.attributes ?? []).every((wanted) =>
          hasAttribute(product, wanted.name, wanted.value)
        )
      })
      .slice(0, SHOWN)
    for (const product of products) context.shownProducts.set(product.id, product)
    return { products: products.map(productFacts) }
  },
})
