import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import type { UsageMetric } from '#kernel/contracts/usage_meter'

/** How much of a metered resource a workspace used in one billing period. */
export default class UsageCounter extends TenantModel {
  static table = 'usage_counters'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare metric: UsageMetric

  @column.dateTime()
  declare periodStart: DateTime

  @column({ consume: (value) => Number(value) })
  declare quantity: number

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
