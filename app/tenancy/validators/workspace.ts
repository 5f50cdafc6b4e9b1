import vine from '@vinejs/vine'
import { COUNTRY_CODES, CURRENCY_CODES, LANGUAGES, TIMEZONES } from '#kernel/tenancy/reference_data'
import { RESERVED_SLUGS, SLUG_PATTERN } from '#kernel/tenancy/reserved_slugs'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'

/**
 * Not reserved, not used (now or formerly) by another workspace. A
 * workspace keeping its own slug passes `tenantId` as validator metadata.
 */
const availableSlug = vine.createRule(async (value: unknown, _options: undefined, field) => {
  if (typeof value !== 'string' || !field.isValid) {
    return
  }
  if (RESERVED_SLUGS.has(value)) {
    field.report('This web address is reserved. Choose another one.', 'slug', field)
    return
  }
  if (await tenantResolver.isSlugTaken(value, field.meta?.tenantId)) {
    field.report('This web address is already taken. Choose another one.', 'slug', field)
  }
})

function workspaceSlug() {
  return vine
    .string()
    .trim()
    .toLowerCase()
    .minLength(3)
    .maxLength(48)
    .regex(SLUG_PATTERN)
    .use(availableSlug())
}

const localeFields = {
  country: vine.string().toUpperCase().in(COUNTRY_CODES),
  currency: vine.string().toUpperCase().in(CURRENCY_CODES),
  timezone: vine.string().in(TIMEZONES),
  locale: vine.string().in(LANGUAGES),
}

const hexColor = () => vine.string().trim().hexCode()

export const createWorkspaceValidator = vine.create({
  business_name: vine.string().trim().minLength(2).maxLength(120),
  slug: workspaceSlug(),
  industry: vine.enum(['beauty', 'general'] as const),
  ...localeFields,
  brand_color: hexColor().optional(),
  logo: vine.file({ size: '2mb', extnames: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }).optional(),
})

export const workspaceProfileValidator = vine.withMetaData<{ tenantId: string }>().create({
  business_name: vine.string().trim().minLength(2).maxLength(120),
  slug: workspaceSlug(),
  ...localeFields,
})

export const brandingValidator = vine.create({
  brand_color: hexColor(),
  logo: vine.file({ size: '2mb', extnames: ['png', 'jpg', 'jpeg', 'gif', 'webp'] }).optional(),
  remove_logo: vine.boolean().optional(),
})

export const slugCheckValidator = vine.create({
  slug: vine.string().trim().toLowerCase().maxLength(60),
})
