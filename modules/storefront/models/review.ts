import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export type ReviewStatus = 'pending' | 'approved' | 'rejected'

export default class Review extends TenantModel {
  static table = 'storefront_reviews'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare productId: string

  @column()
  declare customerId: string | null

  @column()
  declare authorName: string

  @column()
  declare rating: number

  @column()
  declare title: string | null

  /** Plain text, escaped when shown. */
  @column()
  declare body: string

  @column()
  declare photoPaths: string[]

  @column()
  declare verifiedPurchase: boolean

  @column()
  declare status: ReviewStatus

  @column.dateTime()
  declare moderatedAt: DateTime | null

  @column()
  declare moderatedBy: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
