import type { ModuleRoutes } from '#kernel/modules/define_routes'

const ShopChatController = () => import('#modules/chat/controllers/customer/shop_chat_controller')

/**
 * The chat on the storefront's own pages (with the shop's session, so a
 * signed-in customer's conversation is linked to them).
 */
const routes: ModuleRoutes = {
  storefront(router) {
    router
      .group(() => {
        router.get('/settings', [ShopChatController, 'settings']).as('settings')
        router.post('/conversation', [ShopChatController, 'open']).as('open')
        router.get('/messages', [ShopChatController, 'messages']).as('messages')
        router.post('/messages', [ShopChatController, 'send']).as('send')
        router.post('/typing', [ShopChatController, 'typing']).as('typing')
        router.post('/read', [ShopChatController, 'read']).as('read')
        router.post('/handoff', [ShopChatController, 'handoff']).as('handoff')
        router.post('/cart', [ShopChatController, 'addToCart']).as('cart')
      })
      .prefix('/chat')
      .as('chat.shop')
  },
}

export default routes
