import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** What the shop keeps about a customer beyond the account. */
export default class CustomerProfile extends TenantModel {
  static table = 'storefront_customer_profiles'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare customerId: string

  @column()
  declare phone: string | null

  @column()
  declare tags: string[]

  @column()
  declare note: string | null

  @column()
  declare marketingConsent: boolean

  @column.dateTime()
  declare marketingConsentAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
