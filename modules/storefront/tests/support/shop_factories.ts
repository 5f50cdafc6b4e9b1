import { DateTime } from 'luxon'
import type Tenant from '#kernel/tenancy/models/tenant'
import type Customer from '#kernel/identity/models/customer'
import { withTenant } from '#kernel/tenancy/with_tenant'
import type Product from '#modules/storefront/models/product'
import Order from '#modules/storefront/models/order'
import OrderItem from '#modules/storefront/models/order_item'
import Review from '#modules/storefront/models/review'

let nextNumber = 5000

/** An order of one product for a customer, paid unless told otherwise. */
export async function makeOrder(
  tenant: Tenant,
  customer: Customer,
  product: Product,
  options: Partial<{ paid: boolean; trackingNumber: string; carrier: string }> = {}
) {
  const paid = options.paid ?? true
  return withTenant(tenant.id, async () => {
    const order = await Order.create({
      number: nextNumber++,
      customerId: customer.id,
      email: customer.email,
      customerName: customer.name,
      shippingAddress: {
        name: customer.name,
        line1: '1 High Street',
        city: 'London',
        postalCode: 'N1 1AA',
        country: 'GB',
      },
      currency: tenant.currency,
      pricesIncludeTax: true,
      subtotalMinor: product.priceMinor,
      totalMinor: product.priceMinor,
      status: options.trackingNumber ? 'fulfilled' : paid ? 'paid' : 'pending',
      paymentStatus: paid ? 'paid' : 'unpaid',
      fulfillmentStatus: options.trackingNumber ? 'fulfilled' : 'unfulfilled',
      paymentMethod: 'bank_transfer',
      carrier: options.carrier ?? null,
      trackingNumber: options.trackingNumber ?? null,
      placedAt: DateTime.now(),
      paidAt: paid ? DateTime.now() : null,
      fulfilledAt: options.trackingNumber ? DateTime.now() : null,
    })
    await OrderItem.create({
      orderId: order.id,
      productId: product.id,
      variantId: product.variants?.[0]?.id ?? null,
      name: product.name,
      unitPriceMinor: product.priceMinor,
      quantity: 1,
      totalMinor: product.priceMinor,
    })
    return order
  })
}

export async function makeReview(
  tenant: Tenant,
  product: Product,
  fields: Partial<{
    rating: number
    body: string
    status: 'pending' | 'approved' | 'rejected'
    customerId: string | null
  }> = {}
) {
  return withTenant(tenant.id, () =>
    Review.create({
      productId: product.id,
      customerId: fields.customerId ?? null,
      authorName: 'Ada',
      rating: fields.rating ?? 5,
      body: fields.body ?? 'Lovely texture, would buy again.',
      status: fields.status ?? 'approved',
      photoPaths: [],
      verifiedPurchase: false,
    })
  )
}
