import router from '@adonisjs/core/services/router'

const ApiTokensController = () => import('#kernel/api_tokens/api_tokens_controller')

/**
 * Workspace settings → API tokens (inside the `/app/:workspace` group).
 */
export function registerApiTokenRoutes() {
  router.get('/settings/api-tokens', [ApiTokensController, 'index']).as('api_tokens.settings.index')
  router
    .post('/settings/api-tokens', [ApiTokensController, 'store'])
    .as('api_tokens.settings.store')
  router
    .delete('/settings/api-tokens/:id', [ApiTokensController, 'destroy'])
    .where('id', router.matchers.number())
    .as('api_tokens.settings.destroy')
}
