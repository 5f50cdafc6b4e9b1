import app from '@adonisjs/core/services/app'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { chatSettings, type ChatSettings } from '#modules/chat/settings/chat_settings'
import { geminiApiKey } from '#modules/chat/assistant/gemini_client'

export interface AssistantAvailability {
  /** `ai`: Gemini answers; `basic`: FAQ matches and catalog cards, no model. */
  mode: 'ai' | 'basic'
  reason: null | 'no_key' | 'limit'
}

/**
 * Whether the current workspace's assistant answers with the model: it
 * needs a Gemini key (the workspace's or the platform's) and room in the
 * plan's AI messages. Tenant scope.
 */
export async function assistantAvailability(
  settings?: ChatSettings
): Promise<AssistantAvailability> {
  if (!geminiApiKey(settings ?? (await chatSettings()))) {
    return { mode: 'basic', reason: 'no_key' }
  }
  const meter = await app.container.make(UsageMeter)
  if (!(await meter.allows('ai_messages'))) {
    return { mode: 'basic', reason: 'limit' }
  }
  return { mode: 'ai', reason: null }
}
