import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** An explicit, recorded consent to receive the shop's newsletter. */
export default class NewsletterSubscriber extends TenantModel {
  static table = 'storefront_newsletter_subscribers'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare email: string

  @column()
  declare customerId: string | null

  /** Where the consent was given: footer, checkout, account. */
  @column()
  declare source: string

  /** The exact sentence the person agreed to. */
  @column()
  declare consentText: string

  @column.dateTime()
  declare consentedAt: DateTime

  @column.dateTime()
  declare unsubscribedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
