import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import { numberColumn } from '#modules/storefront/models/columns'

export interface RefundLine {
  orderItemId: string
  quantity: number
}

export default class Refund extends TenantModel {
  static table = 'storefront_refunds'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare orderId: string

  @numberColumn()
  declare amountMinor: number

  @column()
  declare reason: string | null

  @column()
  declare restock: boolean

  /** jsonb: serialized here, since the driver would send an array as a PostgreSQL array. */
  @column({ prepare: (value: RefundLine[]) => JSON.stringify(value) })
  declare lines: RefundLine[]

  @column()
  declare stripeRefundId: string | null

  @column()
  declare createdBy: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
