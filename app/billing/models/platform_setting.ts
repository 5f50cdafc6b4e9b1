import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** One operator setting of the platform (grace period, restricted-shop behaviour, ...). */
export default class PlatformSetting extends BaseModel {
  static table = 'platform_settings'

  @column({ isPrimary: true })
  declare key: string

  @column()
  declare value: unknown

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
