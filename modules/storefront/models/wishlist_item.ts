import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class WishlistItem extends TenantModel {
  static table = 'storefront_wishlist_items'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare customerId: string

  @column()
  declare productId: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
