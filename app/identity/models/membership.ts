import { DateTime } from 'luxon'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import User from '#kernel/identity/models/user'
import type { Role } from '#kernel/identity/roles'

export default class Membership extends TenantModel {
  static table = 'memberships'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare userId: string

  @column()
  declare role: Role

  /** Per notification kind, `email` when the member wants it by email too. */
  @column()
  declare notificationChannels: Record<string, 'in_app' | 'email'>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User)
  declare user: BelongsTo<typeof User>
}
