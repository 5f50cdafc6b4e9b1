import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import { DateTime } from 'luxon'
import { eraseCustomerData, exportCustomerData } from '#kernel/modules/module_privacy'
import { publicFileUrl } from '#kernel/files/image_upload'
import CustomerAddress from '#modules/storefront/models/customer_address'
import CustomerProfile from '#modules/storefront/models/customer_profile'
import Order from '#modules/storefront/models/order'
import { shopBrand } from '#modules/storefront/shop/shop_chrome'
import { seoMeta } from '#modules/storefront/shop/seo'
import {
  addressValidator,
  eraseAccountValidator,
  profileValidator,
  shopMessages,
} from '#modules/storefront/validators/shop'

function notFound(ctx: HttpContext): never {
  throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
}

function addressView(address: CustomerAddress) {
  return {
    id: address.id,
    name: address.name,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    country: address.country,
    phone: address.phone,
    isDefault: address.isDefault,
  }
}

/**
 * The signed-in customer's own orders, addresses, profile and privacy
 * requests. Every query is narrowed to `ctx.customer`: another customer's
 * order or address answers 404.
 */
export default class ShopAccountController {
  /** What every account page shows around its own content. */
  async #frame(ctx: HttpContext, title: string) {
    const shop = await shopBrand(ctx)
    return {
      shop,
      seo: seoMeta(ctx, {
        title: `${title} · ${shop.name}`,
        path: ctx.request.url(),
        noIndex: true,
      }),
    }
  }

  #loginRedirect(ctx: HttpContext) {
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/login`)
  }

  async orders(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const page = Math.max(1, Number.parseInt(String(ctx.request.qs().page ?? '1'), 10) || 1)
    const orders = await Order.query()
      .where('customer_id', ctx.customer.id)
      .orderBy('placed_at', 'desc')
      .paginate(page, 20)
    return ctx.inertia.render('storefront/shop/account/orders', {
      ...(await this.#frame(ctx, 'Your orders')),
      orders: orders.all().map((order) => ({
        number: order.number,
        placedAt: order.placedAt.toISO()!,
        status: order.status,
        paymentStatus: order.paymentStatus,
        fulfillmentStatus: order.fulfillmentStatus,
        totalMinor: order.totalMinor,
        currency: order.currency,
      })),
      pagination: { page: orders.currentPage, lastPage: orders.lastPage, total: orders.total },
    })
  }

  async order(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const order = await Order.query()
      .where('customer_id', ctx.customer.id)
      .where('number', Number(ctx.params.number))
      .preload('items')
      .first()
    if (!order) notFound(ctx)
    return ctx.inertia.render('storefront/shop/account/order', {
      ...(await this.#frame(ctx, `Order #${order.number}`)),
      order: {
        number: order.number,
        placedAt: order.placedAt.toISO()!,
        status: order.status,
        paymentStatus: order.paymentStatus,
        fulfillmentStatus: order.fulfillmentStatus,
        paymentMethod: order.paymentMethod,
        currency: order.currency,
        subtotalMinor: order.subtotalMinor,
        discountMinor: order.discountMinor,
        shippingMinor: order.shippingMinor,
        taxMinor: order.taxMinor,
        totalMinor: order.totalMinor,
        refundedMinor: order.refundedMinor,
        pricesIncludeTax: order.pricesIncludeTax,
        shippingMethod: order.shippingMethod,
        shippingAddress: order.shippingAddress,
        carrier: order.carrier,
        trackingNumber: order.trackingNumber,
        trackingUrl:
          order.trackingUrl && /^https?:\/\//.test(order.trackingUrl) ? order.trackingUrl : null,
        paidAt: order.paidAt?.toISO() ?? null,
        fulfilledAt: order.fulfilledAt?.toISO() ?? null,
        deliveredAt: order.deliveredAt?.toISO() ?? null,
        cancelledAt: order.cancelledAt?.toISO() ?? null,
        items: order.items.map((item) => ({
          id: item.id,
          name: item.name,
          variantTitle: item.variantTitle,
          quantity: item.quantity,
          unitPriceMinor: item.unitPriceMinor,
          totalMinor: item.totalMinor,
          imageUrl: publicFileUrl(item.imagePath),
        })),
      },
    })
  }

  async addresses(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const addresses = await CustomerAddress.query()
      .where('customer_id', ctx.customer.id)
      .orderBy('is_default', 'desc')
      .orderBy('created_at')
    return ctx.inertia.render('storefront/shop/account/addresses', {
      ...(await this.#frame(ctx, 'Your addresses')),
      addresses: addresses.map(addressView),
      defaultCountry: ctx.tenant!.country,
    })
  }

  async #saveAddress(ctx: HttpContext, address: CustomerAddress) {
    const payload = await ctx.request.validateUsing(addressValidator, {
      messagesProvider: shopMessages,
    })
    if (payload.isDefault) {
      await CustomerAddress.query()
        .where('customer_id', ctx.customer!.id)
        .whereNot('id', address.id ?? '00000000-0000-0000-0000-000000000000')
        .update({ is_default: false })
    }
    address.merge({
      customerId: ctx.customer!.id,
      name: payload.name,
      line1: payload.line1,
      line2: payload.line2 ?? null,
      city: payload.city,
      region: payload.region ?? null,
      postalCode: payload.postalCode,
      country: payload.country,
      phone: payload.phone ?? null,
      isDefault: payload.isDefault ?? false,
    })
    await address.save()
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/addresses`)
  }

  async storeAddress(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const response = await this.#saveAddress(ctx, new CustomerAddress())
    ctx.session.flash('success', 'Address saved.')
    return response
  }

  async updateAddress(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const address = await CustomerAddress.query()
      .where('customer_id', ctx.customer.id)
      .where('id', ctx.params.id)
      .first()
    if (!address) notFound(ctx)
    const response = await this.#saveAddress(ctx, address)
    ctx.session.flash('success', 'Address updated.')
    return response
  }

  async destroyAddress(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const address = await CustomerAddress.query()
      .where('customer_id', ctx.customer.id)
      .where('id', ctx.params.id)
      .first()
    if (!address) notFound(ctx)
    await address.delete()
    ctx.session.flash('success', 'Address removed.')
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/addresses`)
  }

  async profile(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const profile = await CustomerProfile.findBy('customer_id', ctx.customer.id)
    return ctx.inertia.render('storefront/shop/account/profile', {
      ...(await this.#frame(ctx, 'Your profile')),
      profile: {
        name: ctx.customer.name,
        email: ctx.customer.email,
        phone: profile?.phone ?? '',
        marketingConsent: profile?.marketingConsent ?? false,
      },
    })
  }

  async updateProfile(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const payload = await ctx.request.validateUsing(profileValidator, {
      messagesProvider: shopMessages,
    })
    ctx.customer.name = payload.name
    await ctx.customer.save()
    const profile =
      (await CustomerProfile.findBy('customer_id', ctx.customer.id)) ??
      new CustomerProfile().merge({ customerId: ctx.customer.id })
    const consent = payload.marketingConsent ?? false
    if (consent !== profile.marketingConsent) {
      profile.marketingConsentAt = consent ? DateTime.now() : null
    }
    profile.merge({ phone: payload.phone ?? null, marketingConsent: consent })
    await profile.save()
    ctx.session.flash('success', 'Your profile is saved.')
    return ctx.response.redirect(`${ctx.storefrontBasePath ?? ''}/account/profile`)
  }

  async privacy(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    return ctx.inertia.render(
      'storefront/shop/account/privacy',
      await this.#frame(ctx, 'Your data')
    )
  }

  async download(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    const data = await exportCustomerData(ctx.customer.id)
    return ctx.response
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="my-data.json"')
      .send(JSON.stringify(data, null, 2))
  }

  async erase(ctx: HttpContext) {
    if (!ctx.customer) return this.#loginRedirect(ctx)
    await ctx.request.validateUsing(eraseAccountValidator, { messagesProvider: shopMessages })
    await eraseCustomerData(ctx.customer.id)
    await ctx.auth.use('customer').logout()
    ctx.session.flash('success', 'Your account and personal data have been deleted.')
    return ctx.response.redirect(ctx.storefrontBasePath || '/')
  }
}
