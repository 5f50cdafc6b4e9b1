import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import { numberColumn } from '#modules/storefront/models/columns'

/** A line of an order, as it was sold (names and prices copied). */
export default class OrderItem extends TenantModel {
  static table = 'storefront_order_items'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare orderId: string

  @column()
  declare productId: string | null

  @column()
  declare variantId: string | null

  @column()
  declare name: string

  @column()
  declare variantTitle: string | null

  @column()
  declare sku: string | null

  @column()
  declare imagePath: string | null

  @numberColumn()
  declare unitPriceMinor: number

  @column()
  declare quantity: number

  @numberColumn()
  declare discountMinor: number

  @numberColumn()
  declare taxMinor: number

  @numberColumn()
  declare totalMinor: number

  @column()
  declare refundedQuantity: number
}
