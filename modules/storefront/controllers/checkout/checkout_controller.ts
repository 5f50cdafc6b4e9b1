import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { publicFileUrl } from '#kernel/files/image_upload'
import { fieldError } from '#kernel/validation/field_error'
import type { PostalAddress } from '#modules/storefront/models/address'
import type Checkout from '#modules/storefront/models/checkout'
import { CheckoutError } from '#modules/storefront/checkout/checkout_error'
import {
  checkoutDraftValidator,
  placeOrderValidator,
} from '#modules/storefront/checkout/checkout_validators'
import {
  missingDetails,
  paymentOptions,
  quoteCheckout,
  shippingCountries,
  startCheckout,
  updateCheckout,
  type CheckoutQuote,
} from '#modules/storefront/checkout/checkout_service'
import { normalizeCode } from '#modules/storefront/checkout/discounts'
import { placeOrder } from '#modules/storefront/orders/place_order'
import { rememberOrder } from '#modules/storefront/controllers/checkout/order_access'
import { activeCartId, shopBrand } from '#modules/storefront/shop/shop_chrome'

function checkoutProps(checkout: Checkout, quote: CheckoutQuote, timezone: string) {
  return {
    email: checkout.email,
    customerName: checkout.customerName,
    phone: checkout.phone,
    shippingAddress: checkout.shippingAddress,
    shippingRateId: quote.shippingRate?.id ?? null,
    discountCode: checkout.discountCode,
    paymentMethod: checkout.paymentMethod,
    /** In the shop's time zone, as the page shows it. */
    heldUntil: checkout.reservedUntil.setZone(timezone).toFormat('HH:mm'),
  }
}

function quoteProps(quote: CheckoutQuote) {
  return {
    currency: quote.currency,
    pricesIncludeTax: quote.settings.pricesIncludeTax,
    lines: quote.items.map((item, index) => ({
      variantId: item.variantId,
      name: item.variant.product.name,
      variantTitle: item.variant.title === 'Default' ? null : item.variant.title,
      quantity: item.quantity,
      unitPriceMinor: item.variant.priceMinor,
      totalMinor: quote.pricing.lines[index].totalMinor,
      imageUrl: publicFileUrl(item.variant.product.images[0]?.thumbnailPath),
    })),
    totals: {
      subtotalMinor: quote.pricing.subtotalMinor,
      discountMinor: quote.pricing.discountMinor,
      shippingMinor: quote.pricing.shippingMinor,
      taxMinor: quote.pricing.taxMinor,
      totalMinor: quote.pricing.totalMinor,
    },
    discount: quote.discount ? { code: quote.discount.code } : null,
    discountError: quote.discountError,
    taxName: quote.taxRate?.name ?? null,
    rates: quote.rates.map((rate) => ({
      id: rate.id,
      name: rate.name,
      priceMinor: rate.priceMinor,
      freeOverMinor: rate.freeOverMinor,
    })),
    paymentOptions: paymentOptions(quote.settings),
  }
}

/**
 * The checkout of the shopper's cart: starting it holds the stock; the
 * buyer fills in contact, address, delivery, discount and payment, then
 * places the order.
 */
export default class CheckoutController {
  /**
   * The open checkout of this browser's cart, started (or its hold
   * renewed) now. A savepoint keeps a refused hold from leaving half of
   * its reservations behind.
   */
  private async currentCheckout(ctx: HttpContext) {
    const cartId = await activeCartId(ctx)
    if (!cartId) return null
    return db.transaction(() => startCheckout({ cartId, customerId: ctx.customer?.id ?? null }))
  }

  private toCart(ctx: HttpContext, message: string) {
    ctx.session.flash('error', message)
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/cart`)
  }

  async show(ctx: HttpContext) {
    let checkout: Checkout | null
    try {
      checkout = await this.currentCheckout(ctx)
    } catch (error) {
      if (error instanceof CheckoutError) return this.toCart(ctx, error.message)
      throw error
    }
    if (!checkout) return this.toCart(ctx, 'Your cart is empty.')
    if (ctx.customer && !checkout.email) {
      await updateCheckout(checkout, {
        email: ctx.customer.email,
        customerName: checkout.customerName ?? ctx.customer.name,
      })
    }
    const countries = await shippingCountries()
    if (!checkout.shippingAddress?.country) {
      // Rates and tax show from the start for the shop's own country (or
      // the only one it ships to).
      const country = countries.includes(ctx.tenant!.country)
        ? ctx.tenant!.country
        : countries.length === 1
          ? countries[0]
          : null
      if (country) {
        await updateCheckout(checkout, {
          shippingAddress: { ...checkout.shippingAddress, country } as PostalAddress,
        })
      }
    }
    const quote = await quoteCheckout(checkout)
    return ctx.inertia.render('storefront/checkout/show', {
      shop: await shopBrand(ctx),
      checkout: checkoutProps(checkout, quote, ctx.tenant!.timezone),
      quote: quoteProps(quote),
      countries,
      customer: ctx.customer ? { name: ctx.customer.name, email: ctx.customer.email } : null,
    })
  }

  /** Saves what the buyer entered so far; the page shows the new totals. */
  async update(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(checkoutDraftValidator)
    const checkout = await this.currentCheckout(ctx)
    if (!checkout) return this.toCart(ctx, 'Your cart is empty.')
    await updateCheckout(checkout, {
      ...payload,
      discountCode: payload.discountCode
        ? normalizeCode(payload.discountCode)
        : payload.discountCode,
      shippingAddress: payload.shippingAddress
        ? ({
            ...checkout.shippingAddress,
            ...payload.shippingAddress,
            name: payload.customerName ?? checkout.customerName ?? '',
          } as PostalAddress)
        : undefined,
    })
    if (payload.discountCode) {
      const quote = await quoteCheckout(checkout)
      if (quote.discountError) throw fieldError('discountCode', quote.discountError)
    }
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/checkout`)
  }

  async place(ctx: HttpContext) {
    const payload = await ctx.request.validateUsing(placeOrderValidator)
    const checkout = await this.currentCheckout(ctx)
    if (!checkout) return this.toCart(ctx, 'Your cart is empty.')
    await updateCheckout(checkout, {
      email: payload.email,
      customerName: payload.customerName,
      phone: payload.phone ?? null,
      shippingAddress: {
        name: payload.customerName,
        line1: payload.shippingAddress.line1,
        line2: payload.shippingAddress.line2 ?? null,
        city: payload.shippingAddress.city,
        region: payload.shippingAddress.region ?? null,
        postalCode: payload.shippingAddress.postalCode,
        country: payload.shippingAddress.country,
        phone: payload.phone ?? null,
      },
      shippingRateId: payload.shippingRateId ?? null,
      discountCode: payload.discountCode ? normalizeCode(payload.discountCode) : null,
      paymentMethod: payload.paymentMethod,
    })
    const problems = await missingDetails(checkout, await quoteCheckout(checkout))
    const [field] = Object.keys(problems)
    if (field) throw fieldError(field, problems[field])

    const order = await placeOrder({ checkoutId: checkout.id, source: 'web' })
    rememberOrder(ctx, order.id)
    // A card payment continues on Stripe: the confirmation page sends the
    // browser on to it.
    const pay = order.paymentMethod === 'stripe' ? '?pay=1' : ''
    return ctx.response.redirect(
      `${ctx.storefrontBasePath ?? ''}/orders/${order.id}/confirmation${pay}`
    )
  }
}
