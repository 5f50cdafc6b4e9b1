import vine, { SimpleMessagesProvider } from '@vinejs/vine'

export const MAX_QUICK_REPLIES = 6

const time = () =>
  vine
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

const hours = () => vine.object({ open: time(), close: time() }).optional()

const locale = () =>
  vine
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/)

/** The assistant's settings, each field required (the page sends them all) or optional (a patch). */
function assistantFields() {
  return {
    assistantName: vine.string().trim().minLength(1).maxLength(60),
    tone: vine.enum(['friendly', 'professional', 'playful', 'concise']),
    instructions: vine.string().trim().maxLength(2000),
    languages: vine.array(locale()).minLength(1).maxLength(10).distinct(),
    temperature: vine.number().min(0).max(1),
    maxOutputTokens: vine.number().withoutDecimals().min(64).max(2048),
    memoryWindow: vine.number().withoutDecimals().min(2).max(50),
    welcomeMessage: vine.string().trim().minLength(1).maxLength(300),
    quickReplies: vine
      .array(vine.string().trim().minLength(1).maxLength(40))
      .maxLength(MAX_QUICK_REPLIES),
    autoAssign: vine.enum(['off', 'round_robin']),
    businessHours: vine.object({
      enabled: vine.boolean(),
      days: vine.object(
        Object.fromEntries(WEEKDAYS.map((day) => [day, hours()])) as Record<
          (typeof WEEKDAYS)[number],
          ReturnType<typeof hours>
        >
      ),
    }),
  }
}

type Fields = ReturnType<typeof assistantFields>

function allOptional(fields: Fields) {
  return Object.fromEntries(
    Object.entries(fields).map(([key, schema]) => [key, schema.optional()])
  ) as { [Key in keyof Fields]: ReturnType<Fields[Key]['optional']> }
}

/**
 * Stored chat settings (a patch, through updateModuleSettings). The
 * workspace's own Gemini key arrives here already encrypted.
 */
export default vine.create({
  ...allOptional(assistantFields()),
  geminiApiKeyEncrypted: vine.string().maxLength(4000).nullable().optional(),
})

const MESSAGES = {
  'required': 'Enter {{ field }}.',
  'string': '{{ field }} must be text.',
  'minLength': '{{ field }} must be at least {{ min }} characters long.',
  'maxLength': '{{ field }} must be at most {{ max }} characters long.',
  'number': '{{ field }} must be a number.',
  'min': '{{ field }} must be at least {{ min }}.',
  'max': '{{ field }} must be at most {{ max }}.',
  'withoutDecimals': '{{ field }} must be a whole number.',
  'enum': 'Choose one of the listed options for {{ field }}.',
  'boolean': '{{ field }} must be on or off.',
  'regex': '{{ field }} is not valid.',
  'languages.array.minLength': 'Choose at least one language.',
  'languages.array.maxLength': 'Choose at most {{ max }} languages.',
  'languages.distinct': 'Each language can be chosen once.',
  'languages.*.regex': 'Choose languages from the list.',
  'quickReplies.array.maxLength': `Up to ${MAX_QUICK_REPLIES} quick replies.`,
  'quickReplies.*.minLength': 'A quick reply cannot be empty.',
  'quickReplies.*.maxLength': 'A quick reply can have at most {{ max }} characters.',
  ...Object.fromEntries(
    WEEKDAYS.flatMap((day) => [
      [`businessHours.days.${day}.open.regex`, 'Enter the opening time as HH:MM, e.g. 09:00.'],
      [`businessHours.days.${day}.close.regex`, 'Enter the closing time as HH:MM, e.g. 18:00.'],
    ])
  ),
  'geminiKey.regex': 'This does not look like a Gemini API key.',
  'color.hexCode': 'Choose a colour such as #7c3aed.',
}

const FIELDS = {
  assistantName: 'the assistant’s name',
  tone: 'the tone',
  instructions: 'the instructions',
  temperature: 'the creativity',
  maxOutputTokens: 'the answer length',
  memoryWindow: 'the memory',
  welcomeMessage: 'a welcome message',
  autoAssign: 'the assignment',
  geminiKey: 'the key',
  greeting: 'the greeting',
  position: 'the position',
}

function withMessages<T extends { messagesProvider?: unknown }>(validator: T) {
  validator.messagesProvider = new SimpleMessagesProvider(MESSAGES, FIELDS)
  return validator
}

/** The Chat settings page: every assistant setting at once. */
export const settingsFormValidator = withMessages(
  vine.create({
    ...assistantFields(),
    // An emptied field arrives as null (empty strings are converted).
    instructions: vine.string().trim().maxLength(2000).optional(),
  })
)

export const geminiKeyValidator = withMessages(
  vine.create({
    geminiKey: vine
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{20,200}$/),
  })
)

export const widgetFormValidator = withMessages(
  vine.create({
    color: vine.string().trim().hexCode().nullable(),
    position: vine.enum(['bottom-right', 'bottom-left']),
    greeting: vine.string().trim().maxLength(200).nullable(),
    /** One website address per line. */
    allowedOrigins: vine.string().trim().maxLength(4000).nullable(),
    active: vine.boolean(),
  })
)
