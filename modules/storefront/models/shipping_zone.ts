import { DateTime } from 'luxon'
import { column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import ShippingRate from '#modules/storefront/models/shipping_rate'

/** Countries (ISO codes) shipped to with the same rates. */
export default class ShippingZone extends TenantModel {
  static table = 'storefront_shipping_zones'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare name: string

  @column()
  declare countries: string[]

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @hasMany(() => ShippingRate, { foreignKey: 'zoneId' })
  declare rates: HasMany<typeof ShippingRate>
}
