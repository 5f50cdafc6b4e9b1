import app from '@adonisjs/core/services/app'
import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { ShopContent } from '#kernel/contracts/shop_content'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { searchFaqs } from '#modules/chat/knowledge/knowledge_search'

export default defineTool({
  declaration: {
    name: 'search_faq',
    description:
      "Searches the shop's answers to common questions and its information pages: shipping, returns, payment, ingredients, policies.",
    parameters: {
      type: Type.OBJECT,
      properties: { query: { type: Type.STRING, description: 'The question, in a few words.' } },
      required: ['query'],
    },
  },
  validator: vine.create({ query: vine.string().trim().minLength(1).maxLength(300) }),
  async execute(context, args) {
    const content = await app.container.make(ShopContent)
    const answers = await searchFaqs(args.query, 3)
    const pages = await content.searchPages(args.query, 2)
    return {
      answers: answers.map(({ question, answer }) => ({ question, answer })),
      pages: pages.map((page) => ({
        title: page.title,
        excerpt: page.excerpt,
        url: `${context.shopUrl}${page.path}`,
      })),
    }
  },
})
