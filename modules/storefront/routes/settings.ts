import { defineRoutes } from '#kernel/modules/define_routes'

const DiscountsController = () =>
  import('#modules/storefront/controllers/discounts/discounts_controller')
const ShippingController = () =>
  import('#modules/storefront/controllers/shipping/shipping_controller')
const TaxesController = () => import('#modules/storefront/controllers/taxes/taxes_controller')
const ShopSettingsController = () =>
  import('#modules/storefront/controllers/settings/shop_settings_controller')

export default defineRoutes({
  backOffice(router) {
    const uuid = router.matchers.uuid()

    router.get('/discounts', [DiscountsController, 'index']).as('storefront.discounts.index')
    router.post('/discounts', [DiscountsController, 'store']).as('storefront.discounts.store')
    router
      .put('/discounts/:id', [DiscountsController, 'update'])
      .where('id', uuid)
      .as('storefront.discounts.update')
    router
      .delete('/discounts/:id', [DiscountsController, 'destroy'])
      .where('id', uuid)
      .as('storefront.discounts.destroy')

    router.get('/shipping', [ShippingController, 'index']).as('storefront.shipping.index')
    router
      .post('/shipping/zones', [ShippingController, 'storeZone'])
      .as('storefront.shipping.store_zone')
    router
      .put('/shipping/zones/:id', [ShippingController, 'updateZone'])
      .where('id', uuid)
      .as('storefront.shipping.update_zone')
    router
      .delete('/shipping/zones/:id', [ShippingController, 'destroyZone'])
      .where('id', uuid)
      .as('storefront.shipping.destroy_zone')
    router
      .post('/shipping/zones/:id/rates', [ShippingController, 'storeRate'])
      .where('id', uuid)
      .as('storefront.shipping.store_rate')
    router
      .put('/shipping/rates/:id', [ShippingController, 'updateRate'])
      .where('id', uuid)
      .as('storefront.shipping.update_rate')
    router
      .delete('/shipping/rates/:id', [ShippingController, 'destroyRate'])
      .where('id', uuid)
      .as('storefront.shipping.destroy_rate')

    router.get('/taxes', [TaxesController, 'index']).as('storefront.taxes.index')
    router.post('/taxes', [TaxesController, 'store']).as('storefront.taxes.store')
    router
      .put('/taxes/settings', [TaxesController, 'updateSettings'])
      .as('storefront.taxes.update_settings')
    router
      .put('/taxes/:id', [TaxesController, 'update'])
      .where('id', uuid)
      .as('storefront.taxes.update')
    router
      .delete('/taxes/:id', [TaxesController, 'destroy'])
      .where('id', uuid)
      .as('storefront.taxes.destroy')

    router.get('/settings', [ShopSettingsController, 'show']).as('storefront.settings.show')
    router
      .put('/settings/theme', [ShopSettingsController, 'updateTheme'])
      .as('storefront.settings.update_theme')
    router
      .put('/settings/menu', [ShopSettingsController, 'updateMenu'])
      .as('storefront.settings.update_menu')
    router
      .put('/settings/pages/:id', [ShopSettingsController, 'updatePage'])
      .where('id', uuid)
      .as('storefront.settings.update_page')
    router
      .put('/settings/domain', [ShopSettingsController, 'updateDomain'])
      .as('storefront.settings.update_domain')
    router
      .post('/settings/domain/verify', [ShopSettingsController, 'verifyDomain'])
      .as('storefront.settings.verify_domain')
    router
      .delete('/settings/domain', [ShopSettingsController, 'removeDomain'])
      .as('storefront.settings.remove_domain')
    router
      .put('/settings/payments', [ShopSettingsController, 'updatePayments'])
      .as('storefront.settings.update_payments')
  },
})
