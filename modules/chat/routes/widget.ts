import type { ModuleRoutes } from '#kernel/modules/define_routes'

const WidgetScriptController = () =>
  import('#modules/chat/controllers/widget/widget_script_controller')
const WidgetConversationsController = () =>
  import('#modules/chat/controllers/widget/widget_conversations_controller')

/**
 * The embeddable widget: its script, and the routes it calls from any
 * website (CORS without credentials, no session, no CSRF; see config/cors.ts).
 */
const routes: ModuleRoutes = {
  public(router) {
    router.get('/chat/widget.js', [WidgetScriptController, 'show']).as('chat.widget.script')
    router
      .group(() => {
        router.get('/settings', [WidgetConversationsController, 'settings']).as('settings')
        router.post('/conversation', [WidgetConversationsController, 'open']).as('open')
        router.get('/messages', [WidgetConversationsController, 'messages']).as('messages')
        router.post('/messages', [WidgetConversationsController, 'send']).as('send')
        router.post('/typing', [WidgetConversationsController, 'typing']).as('typing')
        router.post('/read', [WidgetConversationsController, 'read']).as('read')
        router.post('/handoff', [WidgetConversationsController, 'handoff']).as('handoff')
        router.post('/cart', [WidgetConversationsController, 'addToCart']).as('cart')
      })
      .prefix('/chat/w/:key')
      .as('chat.widget')
  },
}

export default routes
