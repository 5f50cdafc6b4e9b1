import type { FunctionCall } from '@google/genai'
import logger from '@adonisjs/core/services/logger'
import { errors } from '@vinejs/vine'
import { CartActionError } from '#kernel/contracts/cart_actions'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Conversation from '#modules/chat/models/conversation'
import type { AssistantTool, ToolContext, ToolResult } from '#modules/chat/assistant/tools/tool'
import { toolError } from '#modules/chat/assistant/tools/tool'
import searchProducts from '#modules/chat/assistant/tools/search_products'
import getProduct from '#modules/chat/assistant/tools/get_product'
import searchFaq from '#modules/chat/assistant/tools/search_faq'
import viewCart from '#modules/chat/assistant/tools/view_cart'
import addToCart from '#modules/chat/assistant/tools/add_to_cart'
import removeFromCart from '#modules/chat/assistant/tools/remove_from_cart'
import checkoutLink from '#modules/chat/assistant/tools/checkout_link'
import getOrderStatus from '#modules/chat/assistant/tools/get_order_status'
import handoffToHuman from '#modules/chat/assistant/tools/handoff_to_human'

const TOOLS: AssistantTool[] = [
  searchProducts,
  getProduct,
  searchFaq,
  viewCart,
  addToCart,
  removeFromCart,
  checkoutLink,
  getOrderStatus,
  handoffToHuman,
]

const byName = new Map(TOOLS.map((tool) => [tool.declaration.name, tool]))

export const toolDeclarations = TOOLS.map((tool) => tool.declaration)

export interface ToolRun {
  tenantId: string
  conversationId: string
  shopUrl: string
  shownProducts: ToolContext['shownProducts']
}

/**
 * Runs one call the model made, in its own tenant transaction, on the
 * conversation being answered. Whatever goes wrong (unknown tool, invalid
 * arguments, a refused cart change) comes back as an error the model reads,
 * never as a failure of the reply.
 */
export async function runTool(run: ToolRun, call: FunctionCall): Promise<ToolResult> {
  const tool = call.name ? byName.get(call.name) : undefined
  if (!tool) return toolError(`There is no tool named ${call.name}.`)
  const [invalid, args] = await tool.validator.tryValidate(call.args ?? {})
  if (invalid) {
    return toolError(`Invalid arguments: ${invalidFields(invalid)}`)
  }
  try {
    return await withTenant(run.tenantId, async () => {
      const conversation = await Conversation.findOrFail(run.conversationId)
      return tool.execute(
        { conversation, shopUrl: run.shopUrl, shownProducts: run.shownProducts },
        args
      )
    })
  } catch (error) {
    if (error instanceof CartActionError) return toolError(error.message)
    logger.error({ err: error, tool: call.name }, 'assistant tool failed')
    return toolError('This did not work. Apologise and offer to pass the customer to a person.')
  }
}

function invalidFields(error: unknown) {
  if (error instanceof errors.E_VALIDATION_ERROR) {
    return (error.messages as { field: string; message: string }[])
      .map((entry) => `${entry.field}: ${entry.message}`)
      .join('; ')
  }
  return 'not accepted'
}
