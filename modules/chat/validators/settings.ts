import vine from '@vinejs/vine'

const time = () =>
  vine
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)

const hours = () => vine.object({ open: time(), close: time() }).optional()

/**
 * The chat settings staff edit (Chat settings page). The workspace's own
 * Gemini key is saved separately, encrypted.
 */
export default vine.create({
  assistantName: vine.string().trim().minLength(1).maxLength(60).optional(),
  tone: vine.enum(['friendly', 'professional', 'playful', 'concise']).optional(),
  instructions: vine.string().trim().maxLength(2000).optional(),
  languages: vine
    .array(
      vine
        .string()
        .trim()
        .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/)
    )
    .minLength(1)
    .maxLength(10)
    .optional(),
  temperature: vine.number().min(0).max(1).optional(),
  maxOutputTokens: vine.number().withoutDecimals().min(64).max(2048).optional(),
  memoryWindow: vine.number().withoutDecimals().min(2).max(50).optional(),
  welcomeMessage: vine.string().trim().minLength(1).maxLength(300).optional(),
  quickReplies: vine.array(vine.string().trim().minLength(1).maxLength(40)).maxLength(6).optional(),
  autoAssign: vine.enum(['off', 'round_robin']).optional(),
  businessHours: vine
    .object({
      enabled: vine.boolean(),
      days: vine.object({
        mon: hours(),
        tue: hours(),
        wed: hours(),
        thu: hours(),
        fri: hours(),
        sat: hours(),
        sun: hours(),
      }),
    })
    .optional(),
})
