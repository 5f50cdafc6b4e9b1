import { GoogleGenAI } from '@google/genai'
import env from '#start/env'
import { databaseScope } from '#kernel/tenancy/tenant_context'
import { workspaceGeminiKey, type ChatSettings } from '#modules/chat/settings/chat_settings'

const DEFAULT_MODEL = 'gemini-2.5-flash'
/** A model call (its whole stream) that takes longer is abandoned for the basic answer. */
const TIMEOUT_MS = 30_000
const MAX_CLIENTS = 200

const clients = new Map<string, GoogleGenAI>()

/** The key the assistant calls Gemini with: the workspace's own, else the platform's. */
export function geminiApiKey(settings: ChatSettings): string | null {
  return workspaceGeminiKey(settings) ?? (env.get('GEMINI_API_KEY') || null)
}

export function geminiModel() {
  return env.get('GEMINI_MODEL') || DEFAULT_MODEL
}

/**
 * One SDK client per key (and API base), kept for later replies. Made
 * outside any tenant scope: nothing of a request's transaction may stick
 * to a cached object.
 */
export function geminiClient(apiKey: string) {
  const baseUrl = env.get('GEMINI_API_BASE') || undefined
  const cacheKey = `${baseUrl ?? ''}\n${apiKey}`
  const cached = clients.get(cacheKey)
  if (cached) return cached
  const client = databaseScope.exit(
    () => new GoogleGenAI({ apiKey, httpOptions: { baseUrl, timeout: TIMEOUT_MS } })
  )
  if (clients.size >= MAX_CLIENTS) {
    clients.delete(clients.keys().next().value!)
  }
  clients.set(cacheKey, client)
  return client
}
