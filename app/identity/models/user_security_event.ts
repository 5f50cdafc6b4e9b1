import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/**
 * Account-level security events (sign-ins, password and email changes),
 * which belong to a person rather than to a workspace.
 */
export default class UserSecurityEvent extends BaseModel {
  static table = 'user_security_events'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare userId: string | null

  @column()
  declare email: string | null

  @column()
  declare action: string

  @column()
  declare metadata: Record<string, unknown>

  @column()
  declare ip: string | null

  @column()
  declare userAgent: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
