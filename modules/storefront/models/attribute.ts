import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/**
 * `text`: free text (ingredients); `select`: one of `options` (finish);
 * `multi_select`: several of `options` (skin types, concerns).
 */
export type AttributeKind = 'text' | 'select' | 'multi_select'

export default class Attribute extends TenantModel {
  static table = 'storefront_attributes'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare key: string

  @column()
  declare label: string

  @column()
  declare kind: AttributeKind

  @column()
  declare options: string[]

  @column()
  declare filterable: boolean

  @column()
  declare position: number

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
