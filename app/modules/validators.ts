import vine from '@vinejs/vine'

export const purgeConfirmationValidator = vine.create({
  confirmation: vine.string().trim().maxLength(64),
})
