import vine from '@vinejs/vine'

export const MESSAGE_MAX_LENGTH = 2000

export const customerMessageValidator = vine.create({
  body: vine.string().trim().minLength(1).maxLength(MESSAGE_MAX_LENGTH),
})

export const messagesAfterValidator = vine.create({
  after: vine.number().withoutDecimals().min(0).optional(),
})

export const readValidator = vine.create({
  seq: vine.number().withoutDecimals().min(0),
})

export const addToCartValidator = vine.create({
  variantId: vine.string().uuid(),
  quantity: vine.number().withoutDecimals().range([1, 20]).optional(),
})
