import vine from '@vinejs/vine'
import { COUNTRY_CODES } from '#kernel/tenancy/reference_data'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

/** `rate_basis_points`: 2000 = 20 %. */
export const taxRateValidator = vine.create({
  country: vine.string().trim().toUpperCase().in(COUNTRY_CODES),
  name: vine.string().trim().minLength(2).maxLength(80),
  rate_basis_points: vine.number().withoutDecimals().min(0).max(10000),
})
taxRateValidator.messagesProvider = labelledMessages({
  country: 'a country',
  name: 'a name',
  rate_basis_points: 'the rate',
})

export const taxSettingsValidator = vine.create({
  prices_include_tax: vine.boolean(),
})
taxSettingsValidator.messagesProvider = labelledMessages({
  prices_include_tax: 'whether prices include tax',
})
