import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

export type StripeEventStatus = 'pending' | 'processed' | 'failed' | 'ignored'

/**
 * A Stripe webhook event of the platform's billing, stored by its id when it
 * arrives (so a duplicate is recognised) and processed once by a job.
 */
export default class StripeEvent extends BaseModel {
  static table = 'stripe_events'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare type: string

  @column()
  declare account: string | null

  @column.dateTime()
  declare stripeCreatedAt: DateTime

  @column()
  declare payload: Record<string, any>

  @column()
  declare status: StripeEventStatus

  @column()
  declare error: string | null

  @column()
  declare attempts: number

  @column.dateTime()
  declare receivedAt: DateTime

  @column.dateTime()
  declare processedAt: DateTime | null
}
