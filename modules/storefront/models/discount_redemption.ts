import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class DiscountRedemption extends TenantModel {
  static table = 'storefront_discount_redemptions'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare discountId: string

  @column()
  declare orderId: string

  @column()
  declare email: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
