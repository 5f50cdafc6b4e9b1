import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** A payment provider's event already applied (webhooks are replayed). */
export default class PaymentEvent extends TenantModel {
  static table = 'storefront_payment_events'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare providerEventId: string

  @column()
  declare type: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
