import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

/** A question the shop answers the same way every time. */
export default class Faq extends TenantModel {
  static table = 'chat_faqs'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare question: string

  @column()
  declare answer: string

  @column()
  declare category: string | null

  @column()
  declare tags: string[]

  @column()
  declare priority: number

  @column()
  declare active: boolean

  @column()
  declare sourceConversationId: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
