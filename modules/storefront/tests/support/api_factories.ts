import Tenant from '#kernel/tenancy/models/tenant'
import TenantModule from '#kernel/modules/tenant_module'
import { withTenant } from '#kernel/tenancy/with_tenant'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import ShippingRate from '#modules/storefront/models/shipping_rate'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'

export const ALL_STOREFRONT_SCOPES = ['catalog:read', 'cart:write', 'checkout:write', 'orders:read']

/** A workspace API token (its secret value) with the given scopes. */
export async function makeApiToken(
  tenant: Tenant,
  scopes: string[] = ALL_STOREFRONT_SCOPES,
  options: { expiresIn?: string } = {}
) {
  const token = await Tenant.apiTokens.create(tenant, scopes, { name: 'Test client', ...options })
  return token.value!.release()
}

/** A shop with the storefront on and a token holding every storefront scope. */
export async function makeApiShop(options: Parameters<typeof makeShop>[0] = {}) {
  const workspace = await makeShop(options)
  return { ...workspace, token: await makeApiToken(workspace.tenant) }
}

/** Bank transfer and cash on delivery switched on in the shop's settings. */
export async function enableManualPayments(tenant: Tenant) {
  await withTenant(tenant.id, async () => {
    const row = await TenantModule.findByOrFail('module_key', 'storefront')
    row.settings = {
      ...row.settings,
      payments: {
        bankTransfer: { enabled: true, instructions: 'Pay to IBAN GB00 TEST 0000 0000' },
        cashOnDelivery: { enabled: true },
      },
    }
    await row.save()
  })
}

/** One shipping zone for `countries` with a flat rate. */
export async function makeShippingRate(
  tenant: Tenant,
  fields: { countries?: string[]; priceMinor?: number; freeOverMinor?: number | null } = {}
) {
  return withTenant(tenant.id, async () => {
    const zone = await ShippingZone.create({
      name: 'Domestic',
      countries: fields.countries ?? ['GB'],
    })
    return ShippingRate.create({
      zoneId: zone.id,
      name: 'Standard delivery',
      priceMinor: fields.priceMinor ?? 495,
      freeOverMinor: fields.freeOverMinor ?? null,
      position: 0,
    })
  })
}
