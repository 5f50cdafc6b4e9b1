import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'
import type { UsageMetric } from '#kernel/contracts/usage_meter'

export type PlanLimits = Partial<Record<UsageMetric, number>>

/**
 * A plan tenants subscribe to: platform data, managed by operators and
 * mirrored to a Stripe product with a monthly and a yearly price.
 */
export default class Plan extends BaseModel {
  static table = 'plans'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare key: string

  @column()
  declare name: string

  @column()
  declare description: string

  @column()
  declare currency: string

  @column()
  declare monthlyPriceMinor: number

  @column()
  declare yearlyPriceMinor: number

  @column()
  declare trialDays: number

  /** Keys of the modules the plan includes. */
  @column({ prepare: (value: string[]) => JSON.stringify(value) })
  declare modules: string[]

  @column({ prepare: (value: PlanLimits) => JSON.stringify(value) })
  declare limits: PlanLimits

  @column()
  declare isPublic: boolean

  @column()
  declare isDefault: boolean

  @column()
  declare sortOrder: number

  @column()
  declare stripeProductId: string | null

  @column()
  declare stripeMonthlyPriceId: string | null

  @column()
  declare stripeYearlyPriceId: string | null

  @column.dateTime()
  declare archivedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  includesModule(moduleKey: string) {
    return this.modules.includes(moduleKey)
  }

  /** The plan's limit for a metric; null when unlimited. */
  limitFor(metric: UsageMetric) {
    return this.limits[metric] ?? null
  }
}
