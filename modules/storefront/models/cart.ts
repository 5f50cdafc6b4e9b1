import { DateTime } from 'luxon'
import { column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import CartItem from '#modules/storefront/models/cart_item'

/**
 * A shopper's cart: a guest's is found through a cookie holding its id, a
 * signed-in customer's through `customerId` (guest carts merge into it).
 */
export default class Cart extends TenantModel {
  static table = 'storefront_carts'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare customerId: string | null

  @column()
  declare currency: string

  @column()
  declare discountCode: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @hasMany(() => CartItem)
  declare items: HasMany<typeof CartItem>
}
