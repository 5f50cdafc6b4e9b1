import { DateTime } from 'luxon'
import { column } from '@adonisjs/lucid/orm'
import { TenantModel } from '#kernel/tenancy/tenant_model'
import type { PostalAddress } from '#modules/storefront/models/address'

export type CheckoutStatus = 'open' | 'completed' | 'expired' | 'failed'
export type PaymentMethod = 'stripe' | 'bank_transfer' | 'cash_on_delivery'

/**
 * A checkout in progress: the cart's stock is reserved for it until
 * `reservedUntil`; it ends as an order, or expires and releases the stock.
 */
export default class Checkout extends TenantModel {
  static table = 'storefront_checkouts'

  @column({ isPrimary: true })
  declare id: string

  @column()
  declare cartId: string

  @column()
  declare customerId: string | null

  @column()
  declare status: CheckoutStatus

  @column()
  declare email: string | null

  @column()
  declare customerName: string | null

  @column()
  declare phone: string | null

  @column()
  declare shippingAddress: PostalAddress | null

  @column()
  declare shippingRateId: string | null

  @column()
  declare discountCode: string | null

  @column()
  declare paymentMethod: PaymentMethod | null

  @column()
  declare stripeSessionId: string | null

  @column()
  declare orderId: string | null

  @column.dateTime()
  declare reservedUntil: DateTime

  @column.dateTime({ autoCreate: true })
  declare createdAt: DateTime

  @column.dateTime({ autoCreate: true, autoUpdate: true })
  declare updatedAt: DateTime
}
