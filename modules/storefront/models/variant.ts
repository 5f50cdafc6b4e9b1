import { DateTime } from 'luxon'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import Product from '#modules/storefront/models/product'
import { numberColumn } from '#modules/storefront/models/columns'

/**
 * One purchasable version of a product (a shade in a size): its own price,
 * SKU and stock. `stockReserved` is held by checkouts in progress.
 */
export default class Variant extends TenantModel {
  static table = 'storefront_variants'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare productId: string

  @column()
  declare title: string

  /** Values of the product's options, in the options' order. */
  @column()
  declare optionValues: string[]

  @column()
  declare sku: string | null

  @column()
  declare barcode: string | null

  @numberColumn()
  declare priceMinor: number

  @numberColumn()
  declare compareAtMinor: number | null

  @column()
  declare weightGrams: number | null

  @column()
  declare stockOnHand: number

  @column()
  declare stockReserved: number

  @column()
  declare position: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Product)
  declare product: BelongsTo<typeof Product>

  get available() {
    return Math.max(0, this.stockOnHand - this.stockReserved)
  }
}
