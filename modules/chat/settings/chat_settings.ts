import encryption from '@adonisjs/core/services/encryption'
import { moduleSettings } from '#kernel/modules/module_lifecycle'

export type Tone = 'friendly' | 'professional' | 'playful' | 'concise'
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export interface OpeningHours {
  /** "09:00" */
  open: string
  /** "18:00" */
  close: string
}

export interface ChatSettings {
  assistantName: string
  tone: Tone
  /** Extra instructions from the shop, added to the assistant's brief. */
  instructions: string
  /** Languages the assistant answers in (BCP 47 codes); the first is the default. */
  languages: string[]
  temperature: number
  maxOutputTokens: number
  /** How many recent messages the assistant sees. */
  memoryWindow: number
  welcomeMessage: string
  quickReplies: string[]
  businessHours: {
    enabled: boolean
    /** Days without an entry are closed. In the workspace's time zone. */
    days: Partial<Record<Weekday, OpeningHours>>
  }
  /** Who gets a conversation handed off to a person. */
  autoAssign: 'off' | 'round_robin'
  /** The workspace's own Gemini key, encrypted; the platform's is used otherwise. */
  geminiApiKeyEncrypted: string | null
}

export const CHAT_SETTINGS_DEFAULTS: ChatSettings = {
  assistantName: 'Shop assistant',
  tone: 'friendly',
  instructions: '',
  languages: ['en'],
  temperature: 0.4,
  maxOutputTokens: 512,
  memoryWindow: 20,
  welcomeMessage: 'Hi! Ask me about our products, your order or anything else.',
  quickReplies: ['Help me choose a product', 'Where is my order?', 'Shipping and returns'],
  businessHours: {
    enabled: false,
    days: {
      mon: { open: '09:00', close: '18:00' },
      tue: { open: '09:00', close: '18:00' },
      wed: { open: '09:00', close: '18:00' },
      thu: { open: '09:00', close: '18:00' },
      fri: { open: '09:00', close: '18:00' },
    },
  },
  autoAssign: 'off',
  geminiApiKeyEncrypted: null,
}

/** The current workspace's chat settings, defaults filled in. */
export async function chatSettings(): Promise<ChatSettings> {
  return withSettingDefaults(await moduleSettings<Partial<ChatSettings>>('chat'))
}

/** Saved chat settings (the module's settings column) with the defaults filled in. */
export function withSettingDefaults(saved: Partial<ChatSettings>): ChatSettings {
  return {
    ...CHAT_SETTINGS_DEFAULTS,
    ...saved,
    businessHours: { ...CHAT_SETTINGS_DEFAULTS.businessHours, ...saved.businessHours },
  }
}

export function encryptGeminiKey(key: string) {
  return encryption.encrypt(key)
}

/** The workspace's own key, or null when it has none (or it cannot be read). */
export function workspaceGeminiKey(settings: ChatSettings) {
  if (!settings.geminiApiKeyEncrypted) return null
  return encryption.decrypt<string>(settings.geminiApiKeyEncrypted) ?? null
}
