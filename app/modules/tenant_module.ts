import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export type ModuleStatus = 'enabled' | 'disabled'

export default class TenantModule extends TenantModel {
  static table = 'tenant_modules'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare moduleKey: string

  @column()
  declare status: ModuleStatus

  @column()
  declare settings: Record<string, unknown>

  @column.dateTime()
  declare enabledAt: DateTime | null

  @column.dateTime()
  declare disabledAt: DateTime | null

  @column.dateTime()
  declare purgeAfter: DateTime | null

  @column()
  declare purgeRequestedBy: string | null

  @column.dateTime()
  declare purgedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
