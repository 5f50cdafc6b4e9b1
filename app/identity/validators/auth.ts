import vine from '@vinejs/vine'
import { newPassword } from '#kernel/identity/validators/password_rule'

export const email = () => vine.string().trim().toLowerCase().email().maxLength(254)

export const signupValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(120),
  email: email(),
  password: newPassword(),
})

export const loginValidator = vine.create({
  email: email(),
  password: vine.string().maxLength(128),
  remember: vine.boolean().optional(),
})

export const forgotPasswordValidator = vine.create({
  email: email(),
})

export const resetPasswordValidator = vine.create({
  password: newPassword().confirmed({ confirmationField: 'password_confirmation' }),
})

export const profileValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(120),
})

export const changeEmailValidator = vine.create({
  email: email(),
  current_password: vine.string().maxLength(128),
})

export const changePasswordValidator = vine.create({
  current_password: vine.string().maxLength(128),
  password: newPassword().confirmed({ confirmationField: 'password_confirmation' }),
})
