import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** The sales tax of one destination country, in basis points (2000 = 20 %). */
export default class TaxRate extends TenantModel {
  static table = 'storefront_tax_rates'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare country: string

  @column()
  declare name: string

  @column()
  declare rateBasisPoints: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
