import { defineRoutes } from '#kernel/modules/define_routes'

const CustomersController = () =>
  import('#modules/storefront/controllers/customers/customers_controller')

export default defineRoutes({
  backOffice(router) {
    const uuid = router.matchers.uuid()
    router.get('/customers', [CustomersController, 'index']).as('storefront.customers.index')
    router
      .get('/customers/:id', [CustomersController, 'show'])
      .where('id', uuid)
      .as('storefront.customers.show')
    router
      .put('/customers/:id/tags', [CustomersController, 'updateTags'])
      .where('id', uuid)
      .as('storefront.customers.update_tags')
    router
      .get('/customers/:id/export.json', [CustomersController, 'export'])
      .where('id', uuid)
      .as('storefront.customers.export')
    router
      .post('/customers/:id/erase', [CustomersController, 'erase'])
      .where('id', uuid)
      .as('storefront.customers.erase')
  },
})
