import vine from '@vinejs/vine'
import { MAX_QUANTITY } from '#modules/storefront/cart/cart_service'
import { labelledMessages } from '#modules/storefront/validators/shop_settings_labels'

export const addToCartValidator = vine.create({
  variantId: vine.string().uuid(),
  quantity: vine.number().withoutDecimals().min(1).max(MAX_QUANTITY).optional(),
})
addToCartValidator.messagesProvider = labelledMessages({
  variantId: 'the product',
  quantity: 'the quantity',
})

export const cartQuantityValidator = vine.create({
  quantity: vine.number().withoutDecimals().min(0).max(MAX_QUANTITY),
  params: vine.object({ variantId: vine.string().uuid() }),
})
cartQuantityValidator.messagesProvider = labelledMessages({
  'quantity': 'the quantity',
  'params.variantId': 'the product',
  'variantId': 'the product',
})
