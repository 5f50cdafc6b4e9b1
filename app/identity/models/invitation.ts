import { DateTime } from 'luxon'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import User from '#kernel/identity/models/user'
import type { Role } from '#kernel/identity/roles'

export default class Invitation extends TenantModel {
  static table = 'invitations'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare email: string

  @column()
  declare role: Role

  @column()
  declare invitedBy: string | null

  @column.dateTime()
  declare expiresAt: DateTime

  @column.dateTime()
  declare lastSentAt: DateTime

  @column.dateTime()
  declare acceptedAt: DateTime | null

  @column.dateTime()
  declare revokedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => User, { foreignKey: 'invitedBy' })
  declare inviter: BelongsTo<typeof User>

  get state(): 'pending' | 'accepted' | 'revoked' | 'expired' {
    if (this.acceptedAt) {
      return 'accepted'
    }
    if (this.revokedAt) {
      return 'revoked'
    }
    return this.expiresAt < DateTime.now() ? 'expired' : 'pending'
  }
}
