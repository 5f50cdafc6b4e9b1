import vine from '@vinejs/vine'
import { ROLES } from '#kernel/identity/roles'
import { email } from '#kernel/identity/validators/auth'

export const inviteValidator = vine.create({
  email: email(),
  role: vine.enum(ROLES),
})

export const changeRoleValidator = vine.create({
  role: vine.enum(ROLES),
})

export const rolePermissionsValidator = vine.create({
  permissions: vine.array(vine.string().maxLength(120)).maxLength(500),
})

export const auditFiltersValidator = vine.create({
  action: vine.string().trim().maxLength(80).optional(),
  actor: vine.string().trim().maxLength(254).optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  page: vine.number().min(1).max(100000).optional(),
})
