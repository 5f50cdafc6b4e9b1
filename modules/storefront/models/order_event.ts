import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** One entry of an order's timeline (placed, paid, shipped, a staff note…). */
export default class OrderEvent extends TenantModel {
  static table = 'storefront_order_events'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare orderId: string

  @column()
  declare kind: string

  @column()
  declare message: string

  @column()
  declare actorLabel: string | null

  @column()
  declare metadata: Record<string, unknown>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
