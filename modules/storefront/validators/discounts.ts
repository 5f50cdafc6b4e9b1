import vine from '@vinejs/vine'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

const MAX_MINOR = 1_000_000_000

/**
 * A discount code. `value` is in basis points for a percentage
 * (1500 = 15 %) and in minor units when fixed.
 */
export const discountValidator = vine.create({
  code: vine
    .string()
    .trim()
    .toUpperCase()
    .minLength(3)
    .maxLength(40)
    .regex(/^[A-Z0-9_-]+$/),
  kind: vine.enum(['percentage', 'fixed'] as const),
  value: vine.number().withoutDecimals().min(1).max(MAX_MINOR),
  minimum_subtotal_minor: vine
    .number()
    .withoutDecimals()
    .min(1)
    .max(MAX_MINOR)
    .optional()
    .nullable(),
  usage_limit: vine.number().withoutDecimals().min(1).max(10_000_000).optional().nullable(),
  per_customer_limit: vine.number().withoutDecimals().min(1).max(1000).optional().nullable(),
  applies_to: vine.enum(['all', 'products', 'categories'] as const),
  product_ids: vine.array(vine.string().uuid()).maxLength(200).distinct().optional(),
  category_ids: vine.array(vine.string().uuid()).maxLength(100).distinct().optional(),
  starts_at: vine
    .date({ formats: ['iso8601', 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm'] })
    .optional()
    .nullable(),
  ends_at: vine
    .date({ formats: ['iso8601', 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm'] })
    .optional()
    .nullable(),
  active: vine.boolean().optional(),
})
discountValidator.messagesProvider = labelledMessages({
  'code': 'the code',
  'kind': 'the kind of discount',
  'value': 'the value',
  'minimum_subtotal_minor': 'the minimum subtotal',
  'usage_limit': 'the usage limit',
  'per_customer_limit': 'the limit per customer',
  'applies_to': 'what it applies to',
  'product_ids': 'the products',
  'category_ids': 'the categories',
  'starts_at': 'the start date',
  'ends_at': 'the end date',
  'active': 'active',
  '*': 'an item',
})
