import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Order, {
  type FulfillmentStatus,
  type OrderStatus,
  type PaymentStatus,
} from '#modules/storefront/models/order'
import OrderItem from '#modules/storefront/models/order_item'
import type Variant from '#modules/storefront/models/variant'
import type { PaymentMethod } from '#modules/storefront/models/checkout'
import { nextOrderNumber } from '#modules/storefront/orders/order_numbers'

export interface OrderFixture {
  email?: string
  customerName?: string
  customerId?: string | null
  status?: OrderStatus
  paymentStatus?: PaymentStatus
  fulfillmentStatus?: FulfillmentStatus
  paymentMethod?: PaymentMethod
  stripePaymentIntentId?: string | null
  placedAt?: DateTime
  shippingMinor?: number
  /** Lines sold; their units leave the variant's stock as a placed order's do. */
  lines?: { variant: Variant; name?: string; quantity: number; unitPriceMinor?: number }[]
  country?: string
}

/** An order as checkout would have placed it, with its lines. */
export async function makeOrder(tenant: Tenant, fixture: OrderFixture = {}) {
  return withTenant(tenant.id, async () => {
    const lines = fixture.lines ?? []
    const subtotal = lines.reduce(
      (sum, line) => sum + (line.unitPriceMinor ?? line.variant.priceMinor) * line.quantity,
      0
    )
    const shipping = fixture.shippingMinor ?? 0
    const paid = (fixture.paymentStatus ?? 'unpaid') !== 'unpaid'
    const order = await Order.create({
      number: await nextOrderNumber(),
      customerId: fixture.customerId ?? null,
      email: fixture.email ?? 'ada@example.com',
      customerName: fixture.customerName ?? 'Ada Lovelace',
      phone: '+44 20 7946 0000',
      shippingAddress: {
        name: fixture.customerName ?? 'Ada Lovelace',
        line1: '12 St James Square',
        city: 'London',
        postalCode: 'SW1Y 4JH',
        country: fixture.country ?? 'GB',
      },
      currency: tenant.currency,
      pricesIncludeTax: true,
      subtotalMinor: subtotal,
      shippingMinor: shipping,
      taxMinor: Math.round((subtotal * 20) / 120),
      totalMinor: subtotal + shipping,
      status: fixture.status ?? 'pending',
      paymentStatus: fixture.paymentStatus ?? 'unpaid',
      fulfillmentStatus: fixture.fulfillmentStatus ?? 'unfulfilled',
      paymentMethod: fixture.paymentMethod ?? 'bank_transfer',
      stripePaymentIntentId: fixture.stripePaymentIntentId ?? null,
      placedAt: fixture.placedAt ?? DateTime.now(),
      paidAt: paid ? DateTime.now() : null,
    })
    for (const line of lines) {
      const unit = line.unitPriceMinor ?? line.variant.priceMinor
      await OrderItem.create({
        orderId: order.id,
        productId: line.variant.productId,
        variantId: line.variant.id,
        name: line.name ?? 'Velvet Lip Tint',
        variantTitle: line.variant.title,
        unitPriceMinor: unit,
        quantity: line.quantity,
        totalMinor: unit * line.quantity,
      })
      await db
        .from('storefront_variants')
        .where('id', line.variant.id)
        .decrement('stock_on_hand', line.quantity)
    }
    return order
  })
}

export function stockOf(tenant: Tenant, variantId: string) {
  return withTenant(tenant.id, async () => {
    const row = await db.from('storefront_variants').where('id', variantId).first()
    return Number(row.stock_on_hand)
  })
}
