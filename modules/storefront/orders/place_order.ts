import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { emitEvent } from '#kernel/contracts/emit_event'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Cart from '#modules/storefront/models/cart'
import CartItem from '#modules/storefront/models/cart_item'
import Checkout from '#modules/storefront/models/checkout'
import Order from '#modules/storefront/models/order'
import OrderEvent from '#modules/storefront/models/order_event'
import OrderItem from '#modules/storefront/models/order_item'
import { CheckoutError } from '#modules/storefront/checkout/checkout_error'
import {
  missingDetails,
  paymentOptions,
  quoteCheckout,
  ensureHold,
} from '#modules/storefront/checkout/checkout_service'
import { redeemDiscount } from '#modules/storefront/checkout/discounts'
import { consumeStock } from '#modules/storefront/checkout/stock'
import { paymentMethodLabel } from '#modules/storefront/checkout/payment_labels'
import OrderConfirmationMail from '#modules/storefront/checkout/order_confirmation_mail'
import { checkLowStock } from '#modules/storefront/catalog/low_stock'
import { nextOrderNumber } from '#modules/storefront/orders/order_numbers'
import { formatMoney } from '#kernel/money/money'

/** Where the buyer sees their order: a signed link, so a guest needs no account. */
export function orderConfirmationUrl(tenant: Tenant, orderId: string) {
  return signedUrlFor(
    'storefront.orders.confirmation' as any,
    { storefront: tenant.slug, id: orderId },
    { prefixUrl: appUrl }
  )
}

/**
 * Turns a checkout into an order, in the current tenant scope and its
 * transaction: the held stock leaves the shelves, the discount is counted,
 * the order gets the workspace's next number, a copy of every line, a
 * timeline entry; then staff are notified, `storefront.order.placed` is
 * emitted and the buyer is emailed (both after commit). Callable from a
 * request, a job or another module's action (`source` says which).
 * Placing the same checkout again returns its order.
 */
export async function placeOrder(input: { checkoutId: string; source: string }) {
  const locked = await Checkout.query().where('id', input.checkoutId).forUpdate().first()
  if (!locked) {
    throw new CheckoutError('This checkout does not exist.')
  }
  if (locked.status === 'completed' && locked.orderId) {
    return Order.findOrFail(locked.orderId)
  }
  if (locked.status !== 'open') {
    throw new CheckoutError('This checkout has expired. Review your cart and check out again.')
  }
  const checkout = locked
  await ensureHold(checkout)
  // Stock rows are locked before the discount and the order counter, in
  // every transaction, so concurrent orders queue instead of deadlocking.
  const changed = await consumeStock(checkout.id)
  const quote = await quoteCheckout(checkout, { lockDiscount: true })
  const problems = await missingDetails(checkout, quote)
  const [firstProblem] = Object.values(problems)
  if (firstProblem) {
    throw new CheckoutError(firstProblem)
  }

  const tenant = await Tenant.findOrFail(requireTenantId())
  const { pricing } = quote
  const order = await Order.create({
    number: await nextOrderNumber(),
    customerId: checkout.customerId,
    checkoutId: checkout.id,
    email: checkout.email!,
    customerName: checkout.customerName!,
    phone: checkout.phone,
    shippingAddress: checkout.shippingAddress!,
    currency: quote.currency,
    pricesIncludeTax: quote.settings.pricesIncludeTax,
    subtotalMinor: pricing.subtotalMinor,
    discountMinor: pricing.discountMinor,
    shippingMinor: pricing.shippingMinor,
    taxMinor: pricing.taxMinor,
    totalMinor: pricing.totalMinor,
    refundedMinor: 0,
    discountCode: quote.discount?.code ?? null,
    shippingMethod: quote.shippingRate?.name ?? null,
    status: 'pending',
    paymentStatus: 'unpaid',
    fulfillmentStatus: 'unfulfilled',
    paymentMethod: checkout.paymentMethod!,
    source: input.source,
    placedAt: DateTime.now(),
  })
  const items = await OrderItem.createMany(
    quote.items.map((item, index) => ({
      orderId: order.id,
      productId: item.variant.productId,
      variantId: item.variantId,
      name: item.variant.product.name,
      variantTitle: item.variant.title === 'Default' ? null : item.variant.title,
      sku: item.variant.sku ?? item.variant.product.sku,
      imagePath: item.variant.product.images[0]?.thumbnailPath ?? null,
      unitPriceMinor: item.variant.priceMinor,
      quantity: item.quantity,
      discountMinor: pricing.lines[index].discountMinor,
      taxMinor: pricing.lines[index].taxMinor,
      totalMinor: pricing.lines[index].totalMinor,
      refundedQuantity: 0,
    }))
  )
  if (quote.discount) {
    await redeemDiscount(quote.discount, order.id, order.email)
  }
  await OrderEvent.create({
    orderId: order.id,
    kind: 'placed',
    message: `Order placed (${input.source}), to be paid by ${paymentMethodLabel(order.paymentMethod).toLowerCase()}.`,
    actorLabel: order.email,
    metadata: { source: input.source, checkoutId: checkout.id },
  })

  checkout.status = 'completed'
  checkout.orderId = order.id
  await checkout.save()
  await CartItem.query().where('cart_id', checkout.cartId).delete()
  await Cart.query().where('id', checkout.cartId).update({ discountCode: null })

  await checkLowStock(changed)
  const total = formatMoney(order.totalMinor, order.currency, tenant.locale)
  await notifyStaff({
    kind: 'storefront.order_placed',
    title: `New order #${order.number}`,
    body: `${order.customerName} ordered for ${total} (${paymentMethodLabel(order.paymentMethod)}).`,
    url: `/app/${tenant.slug}/storefront/orders/${order.id}`,
  })
  await emitEvent('storefront.order.placed', {
    tenantId: tenant.id,
    orderId: order.id,
    customerId: order.customerId,
    cartId: checkout.cartId,
    totalMinor: order.totalMinor,
    currency: order.currency,
    source: input.source,
  })
  const bankTransfer = paymentOptions(quote.settings).find(
    (option) => option.method === 'bank_transfer'
  )
  await mail.sendLater(
    new OrderConfirmationMail(order, items, tenant, {
      orderUrl: orderConfirmationUrl(tenant, order.id),
      paymentInstructions: bankTransfer?.instructions ?? null,
    })
  )
  return order
}
