import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export default class StaffNotification extends TenantModel {
  static table = 'staff_notifications'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare userId: string

  @column()
  declare kind: string

  @column()
  declare title: string

  @column()
  declare body: string | null

  @column()
  declare url: string | null

  @column.dateTime()
  declare readAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  toLive() {
    return {
      id: this.id,
      kind: this.kind,
      title: this.title,
      body: this.body,
      url: this.url,
      read: Boolean(this.readAt),
      createdAt: this.createdAt.toISO()!,
    }
  }
}
