import { DateTime } from 'luxon'
import { column, hasMany } from '@adonisjs/lucid/orm'
import type { HasMany } from '@adonisjs/lucid/types/relations'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import OrderItem from '#modules/storefront/models/order_item'
import OrderEvent from '#modules/storefront/models/order_event'
import Refund from '#modules/storefront/models/refund'
import type { PostalAddress } from '#modules/storefront/models/address'
import type { PaymentMethod } from '#modules/storefront/models/checkout'
import { numberColumn } from '#modules/storefront/models/columns'

export type OrderStatus = 'pending' | 'paid' | 'fulfilled' | 'delivered' | 'cancelled'
export type PaymentStatus = 'unpaid' | 'paid' | 'partially_refunded' | 'refunded'
export type FulfillmentStatus = 'unfulfilled' | 'fulfilled' | 'delivered'

export default class Order extends TenantModel {
  static table = 'storefront_orders'

  @column({ isPrimary: true })
  declare id: string

  /** Shown to people: #1001, #1002… per workspace. */
  @numberColumn()
  declare number: number

  @column()
  declare customerId: string | null

  @column()
  declare checkoutId: string | null

  @column()
  declare email: string

  @column()
  declare customerName: string

  @column()
  declare phone: string | null

  @column()
  declare shippingAddress: PostalAddress

  @column()
  declare currency: string

  @column()
  declare pricesIncludeTax: boolean

  @numberColumn()
  declare subtotalMinor: number

  @numberColumn()
  declare discountMinor: number

  @numberColumn()
  declare shippingMinor: number

  @numberColumn()
  declare taxMinor: number

  @numberColumn()
  declare totalMinor: number

  @numberColumn()
  declare refundedMinor: number

  @column()
  declare discountCode: string | null

  @column()
  declare shippingMethod: string | null

  @column()
  declare status: OrderStatus

  @column()
  declare paymentStatus: PaymentStatus

  @column()
  declare fulfillmentStatus: FulfillmentStatus

  @column()
  declare paymentMethod: PaymentMethod

  @column()
  declare stripeCheckoutSessionId: string | null

  @column()
  declare stripePaymentIntentId: string | null

  @column()
  declare carrier: string | null

  @column()
  declare trackingNumber: string | null

  @column()
  declare trackingUrl: string | null

  /** Where it was placed: storefront, chat, livestream, api. */
  @column()
  declare source: string

  @column.dateTime()
  declare placedAt: DateTime

  @column.dateTime()
  declare paidAt: DateTime | null

  @column.dateTime()
  declare fulfilledAt: DateTime | null

  @column.dateTime()
  declare deliveredAt: DateTime | null

  @column.dateTime()
  declare cancelledAt: DateTime | null

  @column.dateTime()
  declare anonymizedAt: DateTime | null

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime

  @hasMany(() => OrderItem)
  declare items: HasMany<typeof OrderItem>

  @hasMany(() => OrderEvent)
  declare events: HasMany<typeof OrderEvent>

  @hasMany(() => Refund)
  declare refunds: HasMany<typeof Refund>
}
