import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'

export type MessageAuthor = 'customer' | 'bot' | 'agent' | 'system'

/** A product shown under a message, with what "add to cart" needs. */
export interface ProductCard {
  productId: string
  slug: string
  name: string
  priceMinor: number
  compareAtMinor: number | null
  currency: string
  imageUrl: string | null
  inStock: boolean
  /** Absolute URL of the product page. */
  url: string
  /** The variant "add to cart" adds, when the product has a single one. */
  variantId: string | null
}

export default class Message extends TenantModel {
  static table = 'chat_messages'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare conversationId: string

  @column()
  declare seq: number

  @column()
  declare author: MessageAuthor

  @column()
  declare userId: string | null

  @column()
  declare authorName: string | null

  @column()
  declare body: string

  @column({ prepare: (value: ProductCard[]) => JSON.stringify(value) })
  declare cards: ProductCard[]

  @column()
  declare internal: boolean

  @column({ prepare: (value: Record<string, unknown>) => JSON.stringify(value) })
  declare meta: Record<string, unknown>

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime
}
