import { DateTime } from 'luxon'
import { belongsTo, column, hasMany } from '@adonisjs/lucid/orm'
import type { BelongsTo, HasMany } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import Category from '#modules/storefront/models/category'
import Variant from '#modules/storefront/models/variant'
import ProductImage from '#modules/storefront/models/product_image'
import ProductOption from '#modules/storefront/models/product_option'
import { numberColumn } from '#modules/storefront/models/columns'

export type ProductStatus = 'draft' | 'active' | 'archived'

/** Attribute values by attribute key: a string, or several for multi-selects. */
export type AttributeValues = Record<string, string | string[]>

export default class Product extends TenantModel {
  static table = 'storefront_products'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare categoryId: string | null

  @column()
  declare name: string

  @column()
  declare slug: string

  /** Sanitized HTML (see catalog/rich_text.ts). */
  @column()
  declare descriptionHtml: string

  @column()
  declare status: ProductStatus

  @column()
  declare currency: string

  /** The lowest price among its variants (kept by the database). */
  @numberColumn()
  declare priceMinor: number

  @numberColumn()
  declare compareAtMinor: number | null

  @column()
  declare sku: string | null

  @column()
  declare barcode: string | null

  @column()
  declare weightGrams: number | null

  @column()
  declare seoTitle: string | null

  @column()
  declare seoDescription: string | null

  @column()
  declare tags: string[]

  @column()
  declare attributes: AttributeValues

  @column()
  declare trackInventory: boolean

  @column()
  declare lowStockThreshold: number

  /** Units available across its variants (kept by the database). */
  @column()
  declare stockAvailable: number

  @column()
  declare reviewCount: number

  @numberColumn()
  declare ratingAverage: number | null

  @column.dateTime()
  declare publishedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @belongsTo(() => Category)
  declare category: BelongsTo<typeof Category>

  @hasMany(() => Variant)
  declare variants: HasMany<typeof Variant>

  @hasMany(() => ProductImage)
  declare images: HasMany<typeof ProductImage>

  @hasMany(() => ProductOption)
  declare options: HasMany<typeof ProductOption>

  get inStock() {
    return !this.trackInventory || this.stockAvailable > 0
  }
}
