import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** A reply staff insert by its shortcut ("/shipping"). */
export default class CannedResponse extends TenantModel {
  static table = 'chat_canned_responses'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare title: string

  @column()
  declare shortcut: string

  @column()
  declare body: string

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
