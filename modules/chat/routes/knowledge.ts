import type { ModuleRoutes } from '#kernel/modules/define_routes'

const FaqsController = () => import('#modules/chat/controllers/faqs/faqs_controller')

/** The FAQ the assistant answers from, in the back office. */
const routes: ModuleRoutes = {
  backOffice(router) {
    const uuid = router.matchers.uuid()
    router.get('/faqs', [FaqsController, 'index']).as('chat.faqs.index')
    router.get('/faqs/new', [FaqsController, 'create']).as('chat.faqs.create')
    router.post('/faqs', [FaqsController, 'store']).as('chat.faqs.store')
    router.post('/faqs/starter', [FaqsController, 'starter']).as('chat.faqs.starter')
    router.get('/faqs/:id/edit', [FaqsController, 'edit']).where('id', uuid).as('chat.faqs.edit')
    router.put('/faqs/:id', [FaqsController, 'update']).where('id', uuid).as('chat.faqs.update')
    router
      .put('/faqs/:id/active', [FaqsController, 'toggle'])
      .where('id', uuid)
      .as('chat.faqs.toggle')
    router
      .delete('/faqs/:id', [FaqsController, 'destroy'])
      .where('id', uuid)
      .as('chat.faqs.destroy')
  },
}

export default routes
