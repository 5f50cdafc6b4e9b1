import Tenant from '#kernel/tenancy/models/tenant'
import type { ModuleHook } from '#kernel/modules/define_module'
import Attribute from '#modules/storefront/models/attribute'
import ShopPage from '#modules/storefront/models/shop_page'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import ShippingRate from '#modules/storefront/models/shipping_rate'
import { ATTRIBUTE_PRESETS } from '#modules/storefront/catalog/attribute_presets'
import { defaultPages } from '#modules/storefront/hooks/default_pages'

/**
 * A shop ready to fill: the industry's attributes, the standard content
 * pages and domestic shipping. Anything that exists already is left as
 * it is, so enabling again changes nothing.
 */
const onEnable: ModuleHook = async ({ tenantId }) => {
  const tenant = await Tenant.findOrFail(tenantId)

  if (!(await Attribute.query().first())) {
    await Attribute.createMany(
      ATTRIBUTE_PRESETS[tenant.industry].map((preset, position) => ({ ...preset, position }))
    )
  }

  const pages = await ShopPage.all()
  const existing = new Set(pages.map((page) => page.slug))
  const missing = defaultPages(tenant.name).filter((page) => !existing.has(page.slug))
  if (missing.length > 0) {
    await ShopPage.createMany(missing)
  }

  if (!(await ShippingZone.query().first())) {
    const zone = await ShippingZone.create({ name: 'Domestic', countries: [tenant.country] })
    await ShippingRate.create({
      zoneId: zone.id,
      name: 'Standard delivery',
      priceMinor: 495,
      freeOverMinor: 5000,
      position: 0,
    })
  }
}

export default onEnable
