import vine from '@vinejs/vine'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

export const customerFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  tag: vine.string().trim().maxLength(40).optional(),
  consent: vine.enum(['yes', 'no'] as const).optional(),
  page: vine.number().min(1).max(100000).withoutDecimals().optional(),
})
customerFiltersValidator.messagesProvider = labelledMessages({
  q: 'the search',
  tag: 'the tag',
  consent: 'marketing consent',
})

export const customerTagsValidator = vine.create({
  tags: vine
    .array(
      vine
        .string()
        .trim()
        .minLength(1)
        .maxLength(40)
        .regex(/^[\p{L}\p{N} _-]+$/u)
    )
    .maxLength(20)
    .distinct(),
})
customerTagsValidator.messagesProvider = labelledMessages({ 'tags': 'the tags', '*': 'a tag' })

export const customerEraseValidator = vine.create({
  confirmation: vine.string().trim(),
})
customerEraseValidator.messagesProvider = labelledMessages({ confirmation: 'the confirmation' })
