import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class CustomerAddress extends TenantModel {
  static table = 'storefront_addresses'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare customerId: string

  @column()
  declare name: string

  @column({ columnName: 'line1' })
  declare line1: string

  @column({ columnName: 'line2' })
  declare line2: string | null

  @column()
  declare city: string

  @column()
  declare region: string | null

  @column()
  declare postalCode: string

  @column()
  declare country: string

  @column()
  declare phone: string | null

  @column()
  declare isDefault: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
