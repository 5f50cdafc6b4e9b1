import { DateTime } from 'luxon'
import type Tenant from '#kernel/tenancy/models/tenant'
import TenantModule from '#kernel/modules/tenant_module'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { CartService } from '#modules/storefront/cart/cart_service'
import {
  startCheckout,
  updateCheckout,
  type CheckoutDetails,
} from '#modules/storefront/checkout/checkout_service'
import Discount from '#modules/storefront/models/discount'
import ShippingRate from '#modules/storefront/models/shipping_rate'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import TaxRate from '#modules/storefront/models/tax_rate'
import Variant from '#modules/storefront/models/variant'
import type { ShopSettings } from '#modules/storefront/settings/shop_settings'

export const BANK_INSTRUCTIONS = 'Pay to Lumen Skin Ltd, sort code 12-34-56, account 12345678.'

/** Merges `patch` into the shop's stored settings (bank transfer on by default). */
export async function configureShop(tenant: Tenant, patch: Partial<ShopSettings> = {}) {
  await withTenant(tenant.id, async () => {
    const row = await TenantModule.findByOrFail('module_key', 'storefront')
    row.settings = {
      ...row.settings,
      payments: {
        bankTransfer: { enabled: true, instructions: BANK_INSTRUCTIONS },
        cashOnDelivery: { enabled: true },
      },
      ...patch,
    }
    await row.save()
  })
}

/**
 * The shop's only shipping zone (the default ones are removed): `countries`
 * with flat rates (and a free-over amount if given).
 */
export async function makeShipping(
  tenant: Tenant,
  options: {
    countries?: string[]
    rates?: { name: string; priceMinor: number; freeOverMinor?: number | null }[]
  } = {}
) {
  return withTenant(tenant.id, async () => {
    await ShippingRate.query().delete()
    await ShippingZone.query().delete()
    const zone = await ShippingZone.create({
      name: 'Home',
      countries: options.countries ?? ['GB'],
    })
    const rates = []
    for (const [position, rate] of (
      options.rates ?? [{ name: 'Standard', priceMinor: 395, freeOverMinor: null }]
    ).entries()) {
      rates.push(
        await ShippingRate.create({
          zoneId: zone.id,
          name: rate.name,
          priceMinor: rate.priceMinor,
          freeOverMinor: rate.freeOverMinor ?? null,
          position,
        })
      )
    }
    return rates
  })
}

export async function makeTaxRate(tenant: Tenant, country: string, basisPoints: number) {
  return withTenant(tenant.id, () =>
    TaxRate.create({ country, name: `VAT ${basisPoints / 100}%`, rateBasisPoints: basisPoints })
  )
}

export async function makeDiscount(tenant: Tenant, fields: Partial<Discount> & { code: string }) {
  return withTenant(tenant.id, () =>
    Discount.create({
      kind: 'percentage',
      value: 1000,
      appliesTo: 'all',
      productIds: [],
      categoryIds: [],
      active: true,
      timesUsed: 0,
      ...fields,
    })
  )
}

export const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 St James Square',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
}

/**
 * A cart holding `lines`, its checkout started (stock held) and filled in
 * with `details` (a guest paying by bank transfer by default). Runs in
 * the tenant's scope.
 */
export async function readyCheckout(
  lines: { variantId: string; quantity: number }[],
  details: CheckoutDetails & { customerId?: string | null } = {}
) {
  const { customerId = null, ...rest } = details
  const carts = new CartService()
  let cartId: string | null = null
  for (const line of lines) {
    const cart = await carts.add({ cartId, customerId, ...line })
    cartId = cart.id
  }
  const checkout = await startCheckout({ cartId: cartId!, customerId })
  return updateCheckout(checkout, {
    email: 'ada@example.com',
    customerName: 'Ada Lovelace',
    shippingAddress: ADDRESS,
    paymentMethod: 'bank_transfer',
    ...rest,
  })
}

export function variantStock(tenant: Tenant, variantId: string) {
  return withTenant(tenant.id, async () => {
    const variant = await Variant.findOrFail(variantId)
    return { onHand: variant.stockOnHand, reserved: variant.stockReserved }
  })
}

export function minutesAgo(minutes: number) {
  return DateTime.now().minus({ minutes })
}
