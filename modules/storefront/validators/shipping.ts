import vine from '@vinejs/vine'
import { COUNTRY_CODES } from '#kernel/tenancy/reference_data'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

const MAX_MINOR = 1_000_000_000

export const shippingZoneValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(80),
  countries: vine
    .array(vine.string().trim().toUpperCase().in(COUNTRY_CODES))
    .minLength(1)
    .maxLength(COUNTRY_CODES.length)
    .distinct(),
})
shippingZoneValidator.messagesProvider = labelledMessages({
  'name': 'a zone name',
  'countries': 'the countries',
  '*': 'a country',
})

/** Flat price, free once the order's subtotal reaches `free_over_minor` (when set). */
export const shippingRateValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(80),
  price_minor: vine.number().withoutDecimals().min(0).max(MAX_MINOR),
  free_over_minor: vine.number().withoutDecimals().min(1).max(MAX_MINOR).optional().nullable(),
})
shippingRateValidator.messagesProvider = labelledMessages({
  name: 'a rate name',
  price_minor: 'the price',
  free_over_minor: 'the free shipping threshold',
})
