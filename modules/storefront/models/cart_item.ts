import { DateTime } from 'luxon'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import Variant from '#modules/storefront/models/variant'

export default class CartItem extends TenantModel {
  static table = 'storefront_cart_items'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare cartId: string

  @column()
  declare variantId: string

  @column()
  declare quantity: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @belongsTo(() => Variant)
  declare variant: BelongsTo<typeof Variant>
}
