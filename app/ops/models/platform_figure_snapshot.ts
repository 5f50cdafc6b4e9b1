import { DateTime } from 'luxon'
import { BaseModel, column } from '@adonisjs/lucid/orm'

/** The platform's business figures as they stood on one day. */
export default class PlatformFigureSnapshot extends BaseModel {
  static table = 'platform_figure_snapshots'

  @column.date({ isPrimary: true })
  declare day: DateTime

  /** Currency → monthly recurring revenue in minor units. */
  @column()
  declare mrr: Record<string, number>

  @column()
  declare active: number

  @column()
  declare trialing: number

  @column()
  declare pastDue: number

  @column()
  declare churned: number

  @column()
  declare tenants: number

  @column.dateTime()
  declare takenAt: DateTime
}
