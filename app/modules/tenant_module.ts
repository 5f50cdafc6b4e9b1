import { DateTime } from 'luxon'
import { afterDelete, afterSave, column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import { forgetCachedModules } from '#kernel/modules/request_modules'

export type ModuleStatus = 'enabled' | 'disabled'

export default class TenantModule extends TenantModel {
  static table = 'tenant_modules'

  /** The module gate caches each workspace's enabled modules (request_modules.ts). */
  @afterSave()
  @afterDelete()
  static async forgetCachedModules(row: TenantModule) {
    await forgetCachedModules(row.tenantId)
  }

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
