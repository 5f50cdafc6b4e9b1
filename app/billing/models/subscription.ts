import { DateTime } from 'luxon'
import { belongsTo, column } from '@adonisjs/lucid/orm'
import type { BelongsTo } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import Plan from '#kernel/billing/models/plan'

export type SubscriptionStatus = 'trialing' | 'active' | 'past_due' | 'canceled' | 'incomplete'
export type BillingInterval = 'month' | 'year'

/**
 * A workspace's subscription: one row per workspace, following Stripe's
 * subscription (status and period) once the workspace pays.
 */
export default class Subscription extends TenantModel {
  static table = 'subscriptions'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare planId: string

  @belongsTo(() => Plan)
  declare plan: BelongsTo<typeof Plan>

  @column()
  declare interval: BillingInterval

  @column()
  declare status: SubscriptionStatus

  @column.dateTime()
  declare trialEndsAt: DateTime | null

  @column.dateTime()
  declare currentPeriodStart: DateTime

  @column.dateTime()
  declare currentPeriodEnd: DateTime

  @column()
  declare cancelAtPeriodEnd: boolean

  @column()
  declare stripeCustomerId: string | null

  @column()
  declare stripeSubscriptionId: string | null

  /** When Stripe produced the state stored here; older events never overwrite it. */
  @column.dateTime()
  declare stripeStateAt: DateTime | null

  @column.dateTime()
  declare pastDueSince: DateTime | null

  @column.dateTime()
  declare restrictedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
