import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class Category extends TenantModel {
  static table = 'storefront_categories'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare parentId: string | null

  @column()
  declare name: string

  @column()
  declare slug: string

  @column()
  declare description: string | null

  @column()
  declare position: number

  @column()
  declare imagePath: string | null

  @column()
  declare seoTitle: string | null

  @column()
  declare seoDescription: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
