import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type ImpersonationEndReason = 'ended' | 'expired'

/**
 * An operator acting as a tenant user for a limited time (platform data).
 */
export default class Impersonation extends BaseModel {
  static table = 'impersonations'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare operatorUserId: string

  @column()
  declare userId: string

  @column()
  declare targetTenantId: string

  @column()
  declare reason: string

  @column.dateTime()
  declare startedAt: DateTime

  @column.dateTime()
  declare expiresAt: DateTime

  @column.dateTime()
  declare endedAt: DateTime | null

  @column()
  declare endReason: ImpersonationEndReason | null

  isRunningAt(now: DateTime) {
    return this.endedAt === null && now < this.expiresAt
  }
}
