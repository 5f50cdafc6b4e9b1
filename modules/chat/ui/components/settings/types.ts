export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export type AssistantSettings = {
  assistantName: string
  tone: 'friendly' | 'professional' | 'playful' | 'concise'
  instructions: string
  languages: string[]
  temperature: number
  maxOutputTokens: number
  memoryWindow: number
  welcomeMessage: string
  quickReplies: string[]
  businessHours: {
    enabled: boolean
    days: Partial<Record<Weekday, { open: string; close: string }>>
  }
  autoAssign: 'off' | 'round_robin'
}

export type WidgetProps = {
  key: string
  snippet: string
  color: string | null
  position: 'bottom-right' | 'bottom-left'
  greeting: string | null
  allowedOrigins: string
  active: boolean
}

export type GeminiProps = {
  ownKeyEnding: string | null
  platformKey: boolean
  usage: { used: number; limit: number | null }
}

export type StatsProps = {
  conversations: number
  resolved: number
  aiResolved: number
  handedOff: number
  medianFirstResponseSeconds: number | null
  orders: number
}
