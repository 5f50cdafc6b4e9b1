import vine from '@vinejs/vine'
import { Type } from '@google/genai'
import { defineTool } from '#modules/chat/assistant/tools/tool'
import { handOffToHuman } from '#modules/chat/conversations/handoff'

export default defineTool({
  declaration: {
    name: 'handoff_to_human',
    description:
      'Passes the conversation to a person of the shop: when the customer asks for one, is unhappy, or needs something the tools cannot do.',
    parameters: {
      type: Type.OBJECT,
      properties: { reason: { type: Type.STRING, description: 'Why, in a few words.' } },
    },
  },
  validator: vine.create({ reason: vine.string().trim().maxLength(300).optional() }),
  async execute(context, args) {
    await handOffToHuman(context.conversation, {
      by: 'assistant',
      reason: args.reason ?? 'The customer asked for a person.',
    })
    return { handedOff: true }
  },
})
