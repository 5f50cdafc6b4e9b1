import type { FunctionDeclaration } from '@google/genai'
import type { Infer } from '@vinejs/vine/types'
import type { VineValidator } from '@vinejs/vine'
import type { CatalogProductSummary } from '#kernel/contracts/catalog_reader'
import type Conversation from '#modules/chat/models/conversation'

/**
 * What a tool acts on: the conversation being answered (loaded in the
 * tool's own tenant transaction), never anything the model names.
 */
export interface ToolContext {
  conversation: Conversation
  shopUrl: string
  /** Products shown in this reply, by id: they become its cards. */
  shownProducts: Map<string, CatalogProductSummary>
}

export type ToolResult = Record<string, unknown>

/** A function the model may call: its declaration, how its arguments are checked, what it does. */
export interface AssistantTool<
  Validator extends VineValidator<any, any> = VineValidator<any, any>,
> {
  declaration: FunctionDeclaration & { name: string }
  validator: Validator
  execute(context: ToolContext, args: Infer<Validator>): Promise<ToolResult>
}

export function defineTool<Validator extends VineValidator<any, any>>(
  tool: AssistantTool<Validator>
) {
  return tool
}

/** A refusal the model reads and explains to the customer. */
export function toolError(message: string): ToolResult {
  return { error: message }
}
