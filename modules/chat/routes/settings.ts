import type { ModuleRoutes } from '#kernel/modules/define_routes'

const ChatSettingsController = () =>
  import('#modules/chat/controllers/settings/chat_settings_controller')

const routes: ModuleRoutes = {
  backOffice(router) {
    router.get('/settings', [ChatSettingsController, 'show']).as('chat.settings.show')
    router.put('/settings', [ChatSettingsController, 'update']).as('chat.settings.update')
    router
      .put('/settings/gemini-key', [ChatSettingsController, 'saveGeminiKey'])
      .as('chat.settings.save_gemini_key')
    router
      .delete('/settings/gemini-key', [ChatSettingsController, 'removeGeminiKey'])
      .as('chat.settings.remove_gemini_key')
    router
      .put('/settings/widget', [ChatSettingsController, 'updateWidget'])
      .as('chat.settings.update_widget')
    router
      .post('/settings/widget/key', [ChatSettingsController, 'regenerateWidgetKey'])
      .as('chat.settings.regenerate_widget_key')
  },
}

export default routes
