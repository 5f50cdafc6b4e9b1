import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class AuditEvent extends TenantModel {
  static table = 'audit_events'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare action: string

  @column()
  declare actorUserId: string | null

  @column()
  declare actorLabel: string | null

  @column()
  declare impersonatorUserId: string | null

  @column()
  declare impersonatorLabel: string | null

  @column()
  declare subjectType: string | null

  @column()
  declare subjectId: string | null

  @column()
  declare subjectLabel: string | null

  @column()
  declare metadata: Record<string, unknown>

  @column()
  declare ip: string | null

  @column()
  declare userAgent: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
