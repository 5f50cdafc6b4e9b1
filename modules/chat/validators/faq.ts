import vine, { SimpleMessagesProvider } from '@vinejs/vine'

const MESSAGES = {
  'required': 'Enter {{ field }}.',
  'string': '{{ field }} must be text.',
  'minLength': '{{ field }} must be at least {{ min }} characters long.',
  'maxLength': '{{ field }} must be at most {{ max }} characters long.',
  'number': '{{ field }} must be a number.',
  'withoutDecimals': '{{ field }} must be a whole number.',
  'min': '{{ field }} must be at least {{ min }}.',
  'max': '{{ field }} must be at most {{ max }}.',
  'boolean': '{{ field }} must be yes or no.',
  'array': '{{ field }} must be a list.',
  'uuid': '{{ field }} is not a valid identifier.',
  'enum': 'Choose one of the listed options for {{ field }}.',
  'tags.maxLength': 'An FAQ can have at most {{ max }} tags.',
  'tags.*.maxLength': 'A tag must be at most {{ max }} characters long.',
  'tags.*.minLength': 'A tag cannot be empty.',
}

const FIELDS = {
  question: 'the question',
  answer: 'the answer',
  category: 'the category',
  tags: 'the tags',
  priority: 'the priority',
  active: 'active',
  source_conversation_id: 'the conversation',
  q: 'the search',
  page: 'the page',
  test: 'the question to test',
}

/** An FAQ as staff write it; `priority` 0–100, higher comes first. */
export const faqValidator = vine.create({
  question: vine.string().trim().minLength(5).maxLength(300),
  answer: vine.string().trim().minLength(2).maxLength(5000),
  category: vine.string().trim().maxLength(80).optional().nullable(),
  tags: vine.array(vine.string().trim().minLength(1).maxLength(40)).maxLength(20).optional(),
  priority: vine.number().withoutDecimals().min(0).max(100).optional(),
  active: vine.boolean().optional(),
  source_conversation_id: vine.string().uuid().optional().nullable(),
})
faqValidator.messagesProvider = new SimpleMessagesProvider(MESSAGES, FIELDS)

export const faqFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  category: vine.string().trim().maxLength(80).optional(),
  status: vine.enum(['active', 'inactive'] as const).optional(),
  page: vine.number().withoutDecimals().min(1).max(100_000).optional(),
  test: vine.string().trim().maxLength(500).optional(),
})
faqFiltersValidator.messagesProvider = new SimpleMessagesProvider(MESSAGES, FIELDS)

export const faqActiveValidator = vine.create({ active: vine.boolean() })
faqActiveValidator.messagesProvider = new SimpleMessagesProvider(MESSAGES, FIELDS)

export const faqSuggestionValidator = vine.create({
  conversation: vine.string().uuid().optional(),
})
faqSuggestionValidator.messagesProvider = new SimpleMessagesProvider(MESSAGES, {
  conversation: 'the conversation',
})
