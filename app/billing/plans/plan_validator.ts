import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { moduleRegistry } from '#kernel/modules/module_registry'

/**
 * The limits a plan form asks for. Each is a whole number, or empty for
 * unlimited. Live-stream time is entered in hours (stored as minutes).
 */
export const PLAN_LIMIT_FIELDS = [
  'products',
  'staff_seats',
  'ai_messages',
  'emails',
  'stream_hours',
  'storage_mb',
] as const

export type PlanLimitField = (typeof PLAN_LIMIT_FIELDS)[number]

const MAX_PRICE = 1_000_000

const limit = () => vine.number().withoutDecimals().min(0).max(1_000_000_000).nullable().optional()

const price = () => vine.number().min(0).max(MAX_PRICE).decimal([0, 2])

/**
 * A plan as operators enter it in the console (create and edit): prices in
 * major units (29.00), limits as whole numbers or empty for unlimited,
 * modules by key. `key` may be left out on creation (derived from the
 * name) and stays as it is when left out on update. Like unticked
 * checkboxes, a missing module list, limit group or flag means none,
 * unlimited, or no.
 */
export const planValidator = vine.create({
  key: vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(2)
    .maxLength(40)
    .regex(/^[a-z0-9][a-z0-9_-]*$/)
    .optional(),
  name: vine.string().trim().minLength(1).maxLength(80),
  description: vine.string().trim().maxLength(500).nullable().optional(),
  currency: vine
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/),
  monthly_price: price(),
  yearly_price: price(),
  trial_days: vine.number().withoutDecimals().min(0).max(365),
  modules: vine
    .array(vine.enum(() => moduleRegistry.all().map((module) => module.manifest.key)))
    .distinct()
    .optional(),
  limits: vine
    .object({
      products: limit(),
      staff_seats: limit(),
      ai_messages: limit(),
      emails: limit(),
      stream_hours: limit(),
      storage_mb: limit(),
    })
    .optional(),
  is_public: vine.boolean().optional(),
  is_default: vine.boolean().optional(),
  sort_order: vine.number().withoutDecimals().min(0).max(10_000),
})

planValidator.messagesProvider = new SimpleMessagesProvider(
  {
    'required': '{{ field }} is required.',
    'string': '{{ field }} must be text.',
    'minLength': '{{ field }} must be at least {{ min }} characters long.',
    'maxLength': '{{ field }} must be at most {{ max }} characters long.',
    'number': '{{ field }} must be a number.',
    'min': '{{ field }} must be at least {{ min }}.',
    'max': '{{ field }} must be at most {{ max }}.',
    'decimal': '{{ field }} can have at most 2 decimals.',
    'withoutDecimals': '{{ field }} must be a whole number.',
    'boolean': '{{ field }} must be yes or no.',
    'array': '{{ field }} must be a list.',
    'object': '{{ field }} must be a group of values.',
    'distinct': 'Each module can be listed once.',
    'enum': 'Choose modules from the list.',
    'name.minLength': 'Enter a name for the plan.',
    'key.regex': 'The key may only contain lower-case letters, digits, dashes and underscores.',
    'currency.regex': 'The currency must be a three-letter code such as EUR.',
  },
  {
    'key': 'The key',
    'name': 'The name',
    'description': 'The description',
    'currency': 'The currency',
    'monthly_price': 'The monthly price',
    'yearly_price': 'The yearly price',
    'trial_days': 'Trial days',
    'modules': 'Modules',
    'limits': 'Limits',
    'limits.products': 'The product limit',
    'limits.staff_seats': 'The staff seat limit',
    'limits.ai_messages': 'The AI message limit',
    'limits.emails': 'The email limit',
    'limits.stream_hours': 'The live-stream hour limit',
    'limits.storage_mb': 'The storage limit',
    'is_public': 'Public',
    'is_default': 'Default',
    'sort_order': 'The sort order',
  }
)

export type PlanFormData = Infer<typeof planValidator>
