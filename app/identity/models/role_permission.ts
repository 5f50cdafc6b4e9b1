import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import type { Role } from '#kernel/identity/roles'

export default class RolePermission extends TenantModel {
  static table = 'role_permissions'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare role: Role

  @column()
  declare permissions: string[]

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
