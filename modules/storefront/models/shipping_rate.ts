import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import { numberColumn } from '#modules/storefront/models/columns'

/** A flat rate, free when the subtotal reaches `freeOverMinor` (if set). */
export default class ShippingRate extends TenantModel {
  static table = 'storefront_shipping_rates'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare zoneId: string

  @column()
  declare name: string

  @numberColumn()
  declare priceMinor: number

  @numberColumn()
  declare freeOverMinor: number | null

  @column()
  declare position: number
}
