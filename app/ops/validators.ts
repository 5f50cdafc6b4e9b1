import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import { TENANT_STATES } from '#kernel/ops/queries/list_tenants'
import { email } from '#kernel/identity/validators/auth'
import { newPassword } from '#kernel/identity/validators/password_rule'

const MESSAGES = {
  required: 'Enter {{ field }}.',
  string: '{{ field }} must be text.',
  minLength: '{{ field }} must be at least {{ min }} characters long.',
  maxLength: '{{ field }} must be at most {{ max }} characters long.',
  enum: 'Choose one of the listed options for {{ field }}.',
  uuid: '{{ field }} is not a valid identifier.',
  number: '{{ field }} must be a number.',
  withoutDecimals: '{{ field }} must be a whole number.',
  min: '{{ field }} must be at least {{ min }}.',
  max: '{{ field }} must be at most {{ max }}.',
}

const FIELDS = {
  reason: 'a reason',
  user_id: 'the person',
  grace_days: 'the grace period',
  restricted_storefront: 'what a restricted shop does',
}

function withMessages<T extends { messagesProvider?: unknown }>(validator: T) {
  validator.messagesProvider = new SimpleMessagesProvider(MESSAGES, FIELDS)
  return validator
}

/** Why an operator does what they do (suspension, impersonation): it goes in the logs. */
const reason = () => vine.string().trim().minLength(3).maxLength(500)

const page = () => vine.number().withoutDecimals().min(1).max(100_000).optional()

export const tenantFiltersValidator = vine.create({
  search: vine.string().trim().maxLength(120).optional(),
  state: vine.enum(TENANT_STATES).optional(),
  plan: vine.string().uuid().optional(),
  page: page(),
})

export const reasonValidator = withMessages(vine.create({ reason: reason() }))

export const impersonateValidator = withMessages(
  vine.create({ user_id: vine.string().uuid(), reason: reason() })
)

export const STRIPE_EVENT_STATUSES = ['pending', 'processed', 'failed', 'ignored'] as const

export const stripeEventFiltersValidator = vine.create({
  status: vine.enum(STRIPE_EVENT_STATUSES).optional(),
  type: vine.string().trim().maxLength(80).optional(),
  page: page(),
})

export const platformSettingsValidator = withMessages(
  vine.create({
    grace_days: vine.number().withoutDecimals().min(0).max(90),
    restricted_storefront: vine.enum(['keep_selling', 'maintenance'] as const),
  })
)

/** A new operator account, from `node ace ops:create-operator`. */
export const newOperatorValidator = vine.create({
  email: email(),
  name: vine.string().trim().minLength(2).maxLength(120),
  password: newPassword(),
})

export const operatorEmailValidator = vine.create({ email: email() })
