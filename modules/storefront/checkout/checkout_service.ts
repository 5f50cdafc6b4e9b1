import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import Cart from '#modules/storefront/models/cart'
import CartItem from '#modules/storefront/models/cart_item'
import Checkout, { type PaymentMethod } from '#modules/storefront/models/checkout'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import StockReservation from '#modules/storefront/models/stock_reservation'
import TaxRate from '#modules/storefront/models/tax_rate'
import type Discount from '#modules/storefront/models/discount'
import type { PostalAddress } from '#modules/storefront/models/address'
import { shopSettings, type ShopSettings } from '#modules/storefront/settings/shop_settings'
import { CheckoutError } from '#modules/storefront/checkout/checkout_error'
import {
  applicableDiscount,
  DiscountRefused,
  toPricingDiscount,
} from '#modules/storefront/checkout/discounts'
import {
  priceOrder,
  type PricingLine,
  type PricingResult,
} from '#modules/storefront/checkout/pricing'
import {
  releaseExpiredCheckouts,
  releaseStock,
  reserveStock,
} from '#modules/storefront/checkout/stock'
import { stripeIsConfigured } from '#kernel/stripe/stripe_client'
import { checkLowStock } from '#modules/storefront/catalog/low_stock'

export interface CheckoutDetails {
  email?: string | null
  customerName?: string | null
  phone?: string | null
  shippingAddress?: PostalAddress | null
  shippingRateId?: string | null
  discountCode?: string | null
  paymentMethod?: PaymentMethod | null
}

export interface PaymentOption {
  method: PaymentMethod
  label: string
  instructions: string | null
}

/** The payment methods this shop offers now. */
export function paymentOptions(settings: ShopSettings): PaymentOption[] {
  const options: PaymentOption[] = []
  if (settings.stripe?.chargesEnabled && stripeIsConfigured()) {
    options.push({ method: 'stripe', label: 'Card (secure payment by Stripe)', instructions: null })
  }
  if (settings.payments.bankTransfer.enabled) {
    options.push({
      method: 'bank_transfer',
      label: 'Bank transfer',
      instructions: settings.payments.bankTransfer.instructions,
    })
  }
  if (settings.payments.cashOnDelivery.enabled) {
    options.push({ method: 'cash_on_delivery', label: 'Cash on delivery', instructions: null })
  }
  return options
}

async function cartLines(cartId: string) {
  return CartItem.query()
    .where('cart_id', cartId)
    .orderBy('created_at')
    .preload('variant', (variant) =>
      variant.preload('product', (product) =>
        product.preload('images', (images) => images.orderBy('position').limit(1))
      )
    )
}

export type CheckoutCartLine = Awaited<ReturnType<typeof cartLines>>[number]

/** The shipping rates of the zone that covers `country` (none: the shop does not ship there). */
export async function shippingRatesFor(country: string | null | undefined) {
  if (!country) return []
  const zones = await ShippingZone.query()
    .whereRaw('? = any(countries)', [country.toUpperCase()])
    .preload('rates', (rates) => rates.orderBy('position').orderBy('price_minor'))
  return zones.flatMap((zone) => zone.rates)
}

/** Every country the shop ships to (ISO codes, sorted). */
export async function shippingCountries() {
  const zones = await ShippingZone.query().select('countries')
  return [...new Set(zones.flatMap((zone) => zone.countries))].sort()
}

async function shipsAnywhere() {
  const zone = await ShippingZone.query().select('id').first()
  return zone !== null
}

/**
 * Everything a checkout costs now: lines, discount, shipping and tax, with
 * the reason a discount code does not apply (if it does not).
 */
export async function quoteCheckout(checkout: Checkout, options: { lockDiscount?: boolean } = {}) {
  const settings = await shopSettings()
  const cart = await Cart.findOrFail(checkout.cartId)
  const items = await cartLines(checkout.cartId)
  const lines = await withCategoryAncestors(
    items.map((item) => ({
      key: item.variantId,
      productId: item.variant.productId,
      categoryId: item.variant.product.categoryId,
      unitPriceMinor: item.variant.priceMinor,
      quantity: item.quantity,
    }))
  )
  const country = checkout.shippingAddress?.country ?? null
  const taxRate = country ? await TaxRate.findBy('country', country.toUpperCase()) : null
  const rates = await shippingRatesFor(country)
  // With a single way to ship there is nothing to choose.
  const shippingRate =
    rates.find((rate) => rate.id === checkout.shippingRateId) ??
    (rates.length === 1 ? rates[0] : null)

  let discount: Discount | null = null
  let discountError: string | null = null
  if (checkout.discountCode) {
    try {
      discount = await applicableDiscount(checkout.discountCode, {
        lines,
        email: checkout.email,
        currency: cart.currency,
        lock: options.lockDiscount,
      })
    } catch (error) {
      if (!(error instanceof DiscountRefused)) throw error
      discountError = error.message
    }
  }
  const pricing: PricingResult = priceOrder({
    lines,
    pricesIncludeTax: settings.pricesIncludeTax,
    taxRateBasisPoints: taxRate?.rateBasisPoints ?? 0,
    discount: discount ? toPricingDiscount(discount) : null,
    shipping: shippingRate
      ? { priceMinor: shippingRate.priceMinor, freeOverMinor: shippingRate.freeOverMinor }
      : null,
  })
  return {
    settings,
    currency: cart.currency,
    items,
    pricing,
    discount,
    discountError,
    rates,
    shippingRate,
    taxRate,
  }
}

export type CheckoutQuote = Awaited<ReturnType<typeof quoteCheckout>>

/**
 * A discount on a category also covers its subcategories: each line is
 * matched against the category of its product, or the nearest ancestor the
 * discount names.
 */
async function withCategoryAncestors(lines: PricingLine[]): Promise<PricingLine[]> {
  const ids = [...new Set(lines.map((line) => line.categoryId).filter(Boolean))] as string[]
  if (ids.length === 0) return lines
  const result = await db.rawQuery(
    `with recursive up(start_id, id, parent_id, depth) as (
       select id, id, parent_id, 0 from storefront_categories where id = any(?::uuid[])
       union all
       select up.start_id, c.id, c.parent_id, up.depth + 1
         from storefront_categories c join up on c.id = up.parent_id
        where up.depth < 20
     )
     select start_id, array_agg(id order by depth) as chain from up group by start_id`,
    [ids]
  )
  const chains = new Map<string, string[]>(
    result.rows.map((row: { start_id: string; chain: string[] }) => [row.start_id, row.chain])
  )
  return lines.map((line) => ({
    ...line,
    categoryIds: line.categoryId ? (chains.get(line.categoryId) ?? [line.categoryId]) : [],
  }))
}

function sameLines(held: StockReservation[], items: CartItem[]) {
  const wanted = new Map(items.map((item) => [item.variantId, item.quantity]))
  return (
    held.length === items.length &&
    held.every((line) => wanted.get(line.variantId) === line.quantity)
  )
}

/**
 * Makes the checkout hold exactly what its cart holds now: when the hold
 * ran out or the cart changed, the stock is released and held again (a
 * CheckoutError if it is no longer there). `extend` restarts the clock.
 */
export async function ensureHold(checkout: Checkout, options: { extend?: boolean } = {}) {
  const items = await CartItem.query().where('cart_id', checkout.cartId)
  if (items.length === 0) {
    throw new CheckoutError('Your cart is empty.')
  }
  const held = await StockReservation.query()
    .where('checkout_id', checkout.id)
    .whereNull('released_at')
  const expired = checkout.reservedUntil <= DateTime.now()
  if (expired || !sameLines(held, items)) {
    await releaseStock(checkout.id)
    await reserveStock(checkout.id, items)
  }
  if (expired || options.extend) {
    const settings = await shopSettings()
    checkout.reservedUntil = DateTime.now().plus({ minutes: settings.reservationMinutes })
    await checkout.save()
  }
  return items.map((item) => item.variantId)
}

/**
 * Starts (or picks up) the checkout of a cart and holds its stock for the
 * shop's reservation time. A checkout already open for the cart is reused
 * and its hold renewed to match the cart. Throws a CheckoutError when
 * something is no longer available.
 */
export async function startCheckout(input: { cartId: string; customerId?: string | null }) {
  await releaseExpiredCheckouts()
  const cart = await Cart.query().where('id', input.cartId).forUpdate().first()
  if (!cart) {
    throw new CheckoutError('This cart does not exist.')
  }
  let checkout = await Checkout.query()
    .where('cart_id', cart.id)
    .where('status', 'open')
    .orderBy('created_at', 'desc')
    .forUpdate()
    .first()
  if (!checkout) {
    const settings = await shopSettings()
    checkout = await Checkout.create({
      cartId: cart.id,
      customerId: input.customerId ?? cart.customerId,
      status: 'open',
      reservedUntil: DateTime.now().plus({ minutes: settings.reservationMinutes }),
    })
  }
  const variantIds = await ensureHold(checkout, { extend: true })
  if (input.customerId && !checkout.customerId) {
    checkout.customerId = input.customerId
    await checkout.save()
  }
  await checkLowStock(variantIds)
  return checkout
}

/** The open checkout of a cart, if any. */
export async function openCheckoutOf(cartId: string) {
  return Checkout.query()
    .where('cart_id', cartId)
    .where('status', 'open')
    .orderBy('created_at', 'desc')
    .first()
}

/** Saves what the buyer entered so far (each field optional). */
export async function updateCheckout(checkout: Checkout, details: CheckoutDetails) {
  checkout.merge(Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)))
  if (details.shippingAddress) {
    checkout.shippingAddress = {
      ...details.shippingAddress,
      country: details.shippingAddress.country?.toUpperCase() ?? details.shippingAddress.country,
    }
  }
  await checkout.save()
  return checkout
}

/**
 * What must be settled before the order can be placed; returns the errors
 * by field (empty when ready).
 */
export async function missingDetails(checkout: Checkout, quote: CheckoutQuote) {
  const errors: Record<string, string> = {}
  if (!checkout.email) errors.email = 'Enter your email address.'
  if (!checkout.customerName) errors.customerName = 'Enter your name.'
  const address = checkout.shippingAddress
  if (!address?.line1) errors['shippingAddress.line1'] = 'Enter your address.'
  if (!address?.city) errors['shippingAddress.city'] = 'Enter your town or city.'
  if (!address?.postalCode) errors['shippingAddress.postalCode'] = 'Enter your postcode.'
  if (!address?.country) errors['shippingAddress.country'] = 'Choose your country.'
  const needsShipping = await shipsAnywhere()
  if (address?.country && needsShipping && quote.rates.length === 0) {
    errors['shippingAddress.country'] = 'We do not ship to this country yet.'
  } else if (address?.country && needsShipping && !quote.shippingRate) {
    errors.shippingRateId = 'Choose a delivery option.'
  }
  const methods = paymentOptions(quote.settings).map((option) => option.method)
  if (!checkout.paymentMethod || !methods.includes(checkout.paymentMethod)) {
    errors.paymentMethod = 'Choose how you want to pay.'
  }
  if (quote.discountError) errors.discountCode = quote.discountError
  return errors
}
