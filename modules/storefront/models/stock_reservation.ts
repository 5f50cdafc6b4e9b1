import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class StockReservation extends TenantModel {
  static table = 'storefront_stock_reservations'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare checkoutId: string

  @column()
  declare variantId: string

  @column()
  declare quantity: number

  @column.dateTime()
  declare releasedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
