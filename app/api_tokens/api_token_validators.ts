import vine from '@vinejs/vine'

export const TOKEN_LIFETIMES = [7, 30, 90, 365] as const

export const createApiTokenValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(80),
  scopes: vine.array(vine.string().trim().maxLength(60)).minLength(1).maxLength(50).distinct(),
  /** Days until the token stops working; absent: until revoked. */
  expiresInDays: vine
    .number()
    .in([...TOKEN_LIFETIMES])
    .optional(),
})
