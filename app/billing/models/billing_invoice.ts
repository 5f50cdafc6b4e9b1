import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** A Stripe invoice of the workspace's subscription, as the Billing page lists it. */
export default class BillingInvoice extends TenantModel {
  static table = 'billing_invoices'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare stripeInvoiceId: string

  @column()
  declare number: string | null

  @column()
  declare status: string

  @column()
  declare currency: string

  @column()
  declare amountDueMinor: number

  @column()
  declare amountPaidMinor: number

  @column()
  declare hostedInvoiceUrl: string | null

  @column()
  declare invoicePdfUrl: string | null

  @column.dateTime()
  declare periodStart: DateTime | null

  @column.dateTime()
  declare periodEnd: DateTime | null

  @column.dateTime()
  declare issuedAt: DateTime

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
