import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** A product photo with the smaller copies generated from it. */
export default class ProductImage extends TenantModel {
  static table = 'storefront_product_images'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare productId: string

  @column()
  declare path: string

  @column()
  declare thumbnailPath: string

  @column()
  declare mediumPath: string

  @column()
  declare alt: string

  @column()
  declare width: number

  @column()
  declare height: number

  @column()
  declare position: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
