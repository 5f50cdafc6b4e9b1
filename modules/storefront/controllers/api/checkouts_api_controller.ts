import type { HttpContext } from '@adonisjs/core/http'
import type { Infer } from '@vinejs/vine/types'
import { errors as vineErrors } from '@vinejs/vine'
import { ActionRefused } from '#kernel/exceptions/action_refused'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { fieldError } from '#kernel/validation/field_error'
import Cart from '#modules/storefront/models/cart'
import Checkout from '#modules/storefront/models/checkout'
import Order from '#modules/storefront/models/order'
import {
  missingDetails,
  paymentOptions,
  quoteCheckout,
  startCheckout,
  updateCheckout,
} from '#modules/storefront/checkout/checkout_service'
import { orderConfirmationUrl, placeOrder } from '#modules/storefront/orders/place_order'
import { stripeCheckoutFor } from '#modules/storefront/payments/stripe_checkout'
import { notFound } from '#modules/storefront/controllers/api/catalog_api_controller'
import { orderDetail } from '#modules/storefront/controllers/api/orders_api_controller'
import type {
  placeOrderValidator,
  startCheckoutValidator,
  updateCheckoutValidator,
} from '#modules/storefront/validators/api'

async function checkoutView(checkout: Checkout) {
  const quote = await quoteCheckout(checkout)
  const { pricing } = quote
  return {
    id: checkout.id,
    status: checkout.status,
    cartId: checkout.cartId,
    orderId: checkout.orderId,
    email: checkout.email,
    customerName: checkout.customerName,
    phone: checkout.phone,
    shippingAddress: checkout.shippingAddress,
    shippingRateId: checkout.shippingRateId,
    discountCode: checkout.discountCode,
    paymentMethod: checkout.paymentMethod,
    reservedUntil: checkout.reservedUntil.toISO(),
    currency: quote.currency,
    lines: quote.items.map((item, index) => ({
      variantId: item.variantId,
      productId: item.variant.productId,
      name: item.variant.product.name,
      variantTitle: item.variant.title === 'Default' ? null : item.variant.title,
      unitPriceMinor: item.variant.priceMinor,
      quantity: item.quantity,
      discountMinor: pricing.lines[index].discountMinor,
      taxMinor: pricing.lines[index].taxMinor,
      totalMinor: pricing.lines[index].totalMinor,
    })),
    subtotalMinor: pricing.subtotalMinor,
    discountMinor: pricing.discountMinor,
    shippingMinor: pricing.shippingMinor,
    taxMinor: pricing.taxMinor,
    totalMinor: pricing.totalMinor,
    discountError: quote.discountError,
    shippingRates: quote.rates.map((rate) => ({
      id: rate.id,
      name: rate.name,
      priceMinor: rate.priceMinor,
      freeOverMinor: rate.freeOverMinor,
    })),
    paymentMethods: paymentOptions(quote.settings),
    /** What must still be set before the order can be placed, by field. */
    missing: checkout.status === 'open' ? await missingDetails(checkout, quote) : {},
  }
}

async function existingCheckout(ctx: HttpContext) {
  const checkout = await Checkout.find(ctx.params.id)
  if (!checkout) notFound(ctx)
  return checkout
}

function assertOpen(checkout: Checkout) {
  if (checkout.status !== 'open') {
    throw new ActionRefused(
      checkout.status === 'completed'
        ? 'This checkout is completed: its order is placed.'
        : 'This checkout has expired. Start a new one for the cart.'
    )
  }
}

export async function startApiCheckout(
  ctx: HttpContext,
  { body }: { body: Infer<typeof startCheckoutValidator> }
) {
  const { cartId, ...details } = body
  const cart = await Cart.find(cartId)
  if (!cart) {
    throw fieldError('cartId', 'There is no cart with this id.')
  }
  const checkout = await startCheckout({ cartId: cart.id })
  await updateCheckout(checkout, details)
  ctx.response.status(201)
  return { data: await checkoutView(checkout) }
}

export async function showCheckout(ctx: HttpContext) {
  return { data: await checkoutView(await existingCheckout(ctx)) }
}

export async function updateApiCheckout(
  ctx: HttpContext,
  { body }: { body: Infer<typeof updateCheckoutValidator> }
) {
  const checkout = await existingCheckout(ctx)
  assertOpen(checkout)
  await updateCheckout(checkout, body)
  return { data: await checkoutView(checkout) }
}

/**
 * Places the order of a ready checkout. With a manual method the order
 * waits for staff to mark it paid; with Stripe the response carries the
 * URL of a Stripe Checkout page where the buyer pays.
 */
export async function placeApiOrder(
  ctx: HttpContext,
  { body }: { body: Infer<typeof placeOrderValidator> }
) {
  const checkout = await existingCheckout(ctx)
  if (checkout.status === 'completed' && checkout.orderId) {
    const placed = await Order.query().where('id', checkout.orderId).preload('items').firstOrFail()
    return { data: { order: orderDetail(placed, placed.items), paymentUrl: null } }
  }
  assertOpen(checkout)
  const missing = await missingDetails(checkout, await quoteCheckout(checkout))
  if (Object.keys(missing).length > 0) {
    throw new vineErrors.E_VALIDATION_ERROR(
      Object.entries(missing).map(([field, message]) => ({ field, message, rule: 'required' }))
    )
  }
  const placed = await placeOrder({ checkoutId: checkout.id, source: 'api' })
  const order = await Order.query().where('id', placed.id).preload('items').firstOrFail()
  let paymentUrl: string | null = null
  if (order.paymentMethod === 'stripe') {
    const tenant = await Tenant.findOrFail(requireTenantId())
    const confirmation = orderConfirmationUrl(tenant, order.id)
    paymentUrl = await stripeCheckoutFor(order, tenant, {
      successUrl: body.successUrl ?? confirmation,
      cancelUrl: body.cancelUrl ?? confirmation,
    })
  }
  ctx.response.status(201)
  return { data: { order: orderDetail(order, order.items), paymentUrl } }
}
