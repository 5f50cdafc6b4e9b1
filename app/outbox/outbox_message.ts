import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export type OutboxKind = 'event' | 'job'

export default class OutboxMessage extends TenantModel {
  static table = 'outbox_messages'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare kind: OutboxKind

  @column()
  declare name: string

  @column()
  declare payload: Record<string, unknown>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime()
  declare dispatchedAt: DateTime | null
}
