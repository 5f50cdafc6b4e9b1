import { defineRoutes } from '#kernel/modules/define_routes'

const OrdersController = () => import('#modules/storefront/controllers/orders/orders_controller')

export default defineRoutes({
  backOffice(router) {
    const uuid = router.matchers.uuid()
    router.get('/orders', [OrdersController, 'index']).as('storefront.orders.index')
    router
      .get('/orders/:id', [OrdersController, 'show'])
      .where('id', uuid)
      .as('storefront.orders.show')
    router
      .get('/orders/:id/invoice.pdf', [OrdersController, 'invoice'])
      .where('id', uuid)
      .as('storefront.orders.invoice')
    router
      .post('/orders/:id/mark-paid', [OrdersController, 'markPaid'])
      .where('id', uuid)
      .as('storefront.orders.mark_paid')
    router
      .post('/orders/:id/fulfil', [OrdersController, 'fulfil'])
      .where('id', uuid)
      .as('storefront.orders.fulfil')
    router
      .post('/orders/:id/deliver', [OrdersController, 'deliver'])
      .where('id', uuid)
      .as('storefront.orders.deliver')
    router
      .post('/orders/:id/cancel', [OrdersController, 'cancel'])
      .where('id', uuid)
      .as('storefront.orders.cancel')
    router
      .post('/orders/:id/refund', [OrdersController, 'refund'])
      .where('id', uuid)
      .as('storefront.orders.refund')
    router
      .post('/orders/:id/notes', [OrdersController, 'note'])
      .where('id', uuid)
      .as('storefront.orders.note')
  },
})
