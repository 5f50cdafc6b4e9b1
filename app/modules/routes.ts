import router from '@adonisjs/core/services/router'

const ModulesController = () => import('#kernel/modules/controllers/modules_controller')

/**
 * Workspace settings → Modules (inside the `/app/:workspace` group).
 */
export function registerModuleSettingsRoutes() {
  router.get('/settings/modules', [ModulesController, 'index']).as('modules.settings.index')
  router
    .post('/settings/modules/:key/enable', [ModulesController, 'enable'])
    .as('modules.settings.enable')
  router
    .post('/settings/modules/:key/disable', [ModulesController, 'disable'])
    .as('modules.settings.disable')
  router
    .post('/settings/modules/:key/purge', [ModulesController, 'schedulePurge'])
    .as('modules.settings.schedule_purge')
  router
    .delete('/settings/modules/:key/purge', [ModulesController, 'cancelPurge'])
    .as('modules.settings.cancel_purge')
}
