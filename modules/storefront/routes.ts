import { defineRoutes, type ModuleRoutes } from '#kernel/modules/define_routes'
import catalog from '#modules/storefront/routes/catalog'
import orders from '#modules/storefront/routes/orders'
import customers from '#modules/storefront/routes/customers'
import settings from '#modules/storefront/routes/settings'
import shop from '#modules/storefront/routes/shop'
import checkout from '#modules/storefront/routes/checkout'
import api from '#modules/storefront/routes/api'
import payments from '#modules/storefront/routes/payments'

/**
 * One file per area under routes/; this mounts them all.
 */
const areas: ModuleRoutes[] = [catalog, orders, customers, settings, shop, checkout, api, payments]

export default defineRoutes({
  backOffice: (router) => areas.forEach((area) => area.backOffice?.(router)),
  storefront: (router) => areas.forEach((area) => area.storefront?.(router)),
  api: (router) => areas.forEach((area) => area.api?.(router)),
  public: (router) => areas.forEach((area) => area.public?.(router)),
})
