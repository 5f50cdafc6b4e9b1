import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import { numberColumn } from '#modules/storefront/models/columns'

/**
 * `percentage`: `value` in basis points (1500 = 15 %); `fixed`: `value` in
 * minor units off the eligible lines.
 */
export type DiscountKind = 'percentage' | 'fixed'
export type DiscountScope = 'all' | 'products' | 'categories'

export default class Discount extends TenantModel {
  static table = 'storefront_discounts'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare code: string

  @column()
  declare kind: DiscountKind

  @numberColumn()
  declare value: number

  @numberColumn()
  declare minimumSubtotalMinor: number | null

  @column()
  declare usageLimit: number | null

  @column()
  declare perCustomerLimit: number | null

  @column()
  declare timesUsed: number

  @column()
  declare appliesTo: DiscountScope

  @column()
  declare productIds: string[]

  @column()
  declare categoryIds: string[]

  @column.dateTime()
  declare startsAt: DateTime | null

  @column.dateTime()
  declare endsAt: DateTime | null

  @column()
  declare active: boolean

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
