import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export type ConversationMode = 'bot' | 'human' | 'passive'
export type ConversationStatus = 'open' | 'waiting' | 'resolved'
export type ChannelKind = 'storefront' | 'widget' | 'whatsapp'

/**
 * One customer's conversation with the shop, on one channel. `mode` says
 * who answers (the assistant, a person, or the assistant only when asked a
 * question); `status` says whether it waits for a person.
 */
export default class Conversation extends TenantModel {
  static table = 'chat_conversations'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare channelId: string | null

  @column()
  declare channelKind: ChannelKind

  @column({ serializeAs: null })
  declare visitorTokenHash: string

  @column()
  declare customerId: string | null

  @column()
  declare visitorName: string | null

  @column()
  declare cartId: string | null

  @column()
  declare mode: ConversationMode

  @column()
  declare status: ConversationStatus

  @column()
  declare assignedUserId: string | null

  @column()
  declare tags: string[]

  @column()
  declare lastSeq: number

  @column()
  declare lastCustomerSeq: number

  @column()
  declare customerReadSeq: number

  @column()
  declare staffReadSeq: number

  @column()
  declare lastMessagePreview: string | null

  @column.dateTime()
  declare lastMessageAt: DateTime | null

  @column.dateTime()
  declare handedOffAt: DateTime | null

  @column.dateTime()
  declare firstHumanReplyAt: DateTime | null

  @column.dateTime()
  declare resolvedAt: DateTime | null

  @column()
  declare resolvedBy: 'ai' | 'staff' | null

  @column()
  declare orderId: string | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
