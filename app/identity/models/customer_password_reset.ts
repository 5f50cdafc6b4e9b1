import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class CustomerPasswordReset extends TenantModel {
  static table = 'customer_password_resets'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare customerId: string

  @column.dateTime()
  declare expiresAt: DateTime

  @column.dateTime()
  declare usedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
