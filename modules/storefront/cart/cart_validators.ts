import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import { MAX_QUANTITY } from '#modules/storefront/cart/cart_service'

export const addToCartValidator = vine.create({
  variantId: vine.string().uuid(),
  quantity: vine.number().withoutDecimals().min(1).max(MAX_QUANTITY).optional(),
})
const QUANTITY = `Choose a quantity from 1 to ${MAX_QUANTITY}.`

const UNKNOWN_PRODUCT = 'This product does not exist.'

const messages = new SimpleMessagesProvider({
  'variantId.required': 'Choose a product.',
  'variantId.string': UNKNOWN_PRODUCT,
  'variantId.uuid': UNKNOWN_PRODUCT,
  'params.variantId.uuid': UNKNOWN_PRODUCT,
  'quantity.required': QUANTITY,
  'quantity.number': QUANTITY,
  'quantity.min': QUANTITY,
  'quantity.max': QUANTITY,
  'quantity.withoutDecimals': QUANTITY,
})

addToCartValidator.messagesProvider = messages

export const cartQuantityValidator = vine.create({
  quantity: vine.number().withoutDecimals().min(0).max(MAX_QUANTITY),
  params: vine.object({ variantId: vine.string().uuid() }),
})
cartQuantityValidator.messagesProvider = messages
