import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import drive from '@adonisjs/drive/services/main'
import Customer from '#kernel/identity/models/customer'
import { afterCommit } from '#kernel/tenancy/tenant_context'
import type { ModulePrivacyHooks } from '#kernel/modules/define_module'
import Order from '#modules/storefront/models/order'
import Checkout from '#modules/storefront/models/checkout'
import CustomerAddress from '#modules/storefront/models/customer_address'
import CustomerProfile from '#modules/storefront/models/customer_profile'
import NewsletterSubscriber from '#modules/storefront/models/newsletter_subscriber'
import Review from '#modules/storefront/models/review'
import WishlistItem from '#modules/storefront/models/wishlist_item'
import Cart from '#modules/storefront/models/cart'

/** Orders and checkouts are theirs by account or, placed as a guest, by email. */
async function identify(customerId: string) {
  const customer = await Customer.findOrFail(customerId)
  return { id: customer.id, email: customer.email.toLowerCase() }
}

const ownedBy = (who: { id: string; email: string }) => (query: any) =>
  query.where('customer_id', who.id).orWhereRaw('lower(email) = ?', [who.email])

/**
 * Everything the shop holds on one customer: profile, addresses, orders
 * (lines, refunds, timeline shown to them), reviews, wishlist, newsletter
 * consent, carts and checkouts.
 */
export async function exportCustomerData(customerId: string) {
  const who = await identify(customerId)
  const profile = await CustomerProfile.findBy('customer_id', who.id)
  const addresses = await CustomerAddress.query().where('customer_id', who.id).orderBy('created_at')
  const orders = await Order.query()
    .where(ownedBy(who))
    .preload('items')
    .preload('refunds')
    .orderBy('placed_at')
  const reviews = await Review.query().where('customer_id', who.id).orderBy('created_at')
  const wishlist = await db
    .from('storefront_wishlist_items as w')
    .join('storefront_products as p', (join) =>
      join.on('p.id', 'w.product_id').andOn('p.tenant_id', 'w.tenant_id')
    )
    .where('w.customer_id', who.id)
    .select('p.name', 'w.created_at')
  const newsletter = await NewsletterSubscriber.query().where(ownedBy(who))
  const carts = await Cart.query().where('customer_id', who.id).preload('items')
  const checkouts = await Checkout.query().where(ownedBy(who)).orderBy('created_at')

  return {
    profile: profile
      ? {
          phone: profile.phone,
          tags: profile.tags,
          note: profile.note,
          marketingConsent: profile.marketingConsent,
          marketingConsentAt: profile.marketingConsentAt?.toISO() ?? null,
        }
      : null,
    addresses: addresses.map((address) => ({
      name: address.name,
      line1: address.line1,
      line2: address.line2,
      city: address.city,
      region: address.region,
      postalCode: address.postalCode,
      country: address.country,
      phone: address.phone,
      isDefault: address.isDefault,
    })),
    orders: orders.map((order) => ({
      number: order.number,
      placedAt: order.placedAt.toISO(),
      email: order.email,
      name: order.customerName,
      phone: order.phone,
      shippingAddress: order.shippingAddress,
      status: order.status,
      paymentStatus: order.paymentStatus,
      paymentMethod: order.paymentMethod,
      currency: order.currency,
      totalMinor: order.totalMinor,
      refundedMinor: order.refundedMinor,
      carrier: order.carrier,
      trackingNumber: order.trackingNumber,
      items: order.items.map((item) => ({
        name: item.name,
        variant: item.variantTitle,
        quantity: item.quantity,
        unitPriceMinor: item.unitPriceMinor,
        totalMinor: item.totalMinor,
      })),
      refunds: order.refunds.map((refund) => ({
        amountMinor: refund.amountMinor,
        createdAt: refund.createdAt.toISO(),
      })),
    })),
    reviews: reviews.map((review) => ({
      productId: review.productId,
      authorName: review.authorName,
      rating: review.rating,
      title: review.title,
      body: review.body,
      photos: review.photoPaths,
      createdAt: review.createdAt.toISO(),
    })),
    wishlist: wishlist.map((row) => ({ product: row.name, addedAt: row.created_at })),
    newsletter: newsletter.map((subscriber) => ({
      email: subscriber.email,
      source: subscriber.source,
      consentText: subscriber.consentText,
      consentedAt: subscriber.consentedAt.toISO(),
      unsubscribedAt: subscriber.unsubscribedAt?.toISO() ?? null,
    })),
    carts: carts.map((cart) => ({
      createdAt: cart.createdAt.toISO(),
      items: cart.items.map((item) => ({ variantId: item.variantId, quantity: item.quantity })),
    })),
    checkouts: checkouts.map((checkout) => ({
      status: checkout.status,
      email: checkout.email,
      name: checkout.customerName,
      phone: checkout.phone,
      shippingAddress: checkout.shippingAddress,
      createdAt: checkout.createdAt.toISO(),
    })),
  }
}

/**
 * Removes the customer's personal data from the shop. Orders stay (the
 * books need them) with the buyer anonymized; what only served the person
 * (profile, addresses, reviews, wishlist, newsletter, carts) is deleted.
 */
export async function eraseCustomer(customerId: string) {
  const who = await identify(customerId)
  const orders = await Order.query().where(ownedBy(who))
  for (const order of orders) {
    const placeholder = `erased-${order.id}@erased.invalid`
    order.merge({
      email: placeholder,
      customerName: 'Erased customer',
      phone: null,
      shippingAddress: {
        name: 'Erased customer',
        line1: '',
        city: '',
        postalCode: '',
        country: order.shippingAddress.country,
      },
      anonymizedAt: order.anonymizedAt ?? DateTime.now(),
    })
    await order.save()
    await db
      .from('storefront_discount_redemptions')
      .where('order_id', order.id)
      .update({ email: placeholder })
  }
  await Checkout.query()
    .where(ownedBy(who))
    .update({ email: null, customer_name: null, phone: null, shipping_address: null })

  const reviews = await Review.query().where('customer_id', who.id)
  await Review.query().where('customer_id', who.id).delete()
  const photos = reviews.flatMap((review) => review.photoPaths)
  if (photos.length > 0) {
    afterCommit(async () => {
      for (const path of photos) {
        await drive.use().delete(path)
      }
    })
  }

  await WishlistItem.query().where('customer_id', who.id).delete()
  await NewsletterSubscriber.query().where(ownedBy(who)).delete()
  await CustomerAddress.query().where('customer_id', who.id).delete()
  await CustomerProfile.query().where('customer_id', who.id).delete()
  const carts = await Cart.query().where('customer_id', who.id)
  const cartIds = carts.map((cart) => cart.id)
  if (cartIds.length > 0) {
    const inCheckout = await Checkout.query().whereIn('cart_id', cartIds)
    const busy = new Set(inCheckout.map((checkout) => checkout.cartId))
    await db.from('storefront_cart_items').whereIn('cart_id', cartIds).delete()
    await Cart.query()
      .whereIn(
        'id',
        cartIds.filter((id) => !busy.has(id))
      )
      .delete()
    await Cart.query()
      .whereIn('id', [...busy])
      .update({ customer_id: null })
  }
}

const privacy: ModulePrivacyHooks = {
  exportCustomer: exportCustomerData,
  eraseCustomer,
}

export default privacy
