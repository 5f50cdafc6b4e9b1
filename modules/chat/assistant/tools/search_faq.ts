import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { searchFaqs } from '#modules/chat/knowledge/knowledge_search'

export default defineTool({
  declaration: {
    name: 'search_faq',
    description:
      "Searches the shop's answers to common questions: shipping, returns, payment, ingredients, policies.",
    parameters: {
      type: Type.OBJECT,
      properties: { query: { type: Type.STRING, description: 'The question, in a few words.' } },
      required: ['query'],
    },
  },
  validator: vine.create({ query: vine.string().trim().minLength(1).maxLength(300) }),
  async execute(_context, args) {
    const matches = await searchFaqs(args.query, 3)
    return { answers: matches.map(({ question, answer }) => ({ question, answer })) }
  },
})
