import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** An option type of a product (Shade, Size) and its values, in order. */
export default class ProductOption extends TenantModel {
  static table = 'storefront_product_options'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare productId: string

  @column()
  declare name: string

  @column()
  declare position: number

  @column()
  declare values: string[]
}
