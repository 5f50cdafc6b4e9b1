import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#exceptions/handler'))

/**
 * Runs on every request, even when no route matches.
 */
server.use([
  () => import('#middleware/container_bindings_middleware'),
  () => import('#middleware/static_files_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  () => import('@adonisjs/vite/vite_middleware'),
  () => import('#kernel/tenancy/middleware/storefront_host_middleware'),
  () => import('#middleware/inertia_middleware'),
])

/**
 * Runs on every request with a matching route. Sessions and CSRF checks are
 * for browser routes only (see `webMiddleware`): the token-authenticated
 * API and webhooks neither need nor pay for them.
 */
router.use([
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#middleware/initialize_auth_middleware'),
  () => import('#kernel/tenancy/middleware/storefront_page_cache_middleware'),
])

export const middleware = router.named({
  session: () => import('@adonisjs/session/session_middleware'),
  shield: () => import('@adonisjs/shield/shield_middleware'),
  auth: () => import('#kernel/identity/middleware/auth_middleware'),
  guest: () => import('#kernel/identity/middleware/guest_middleware'),
  silentAuth: () => import('#kernel/identity/middleware/silent_auth_middleware'),
  developmentOnly: () => import('#middleware/development_only_middleware'),
  workspace: () => import('#kernel/tenancy/middleware/workspace_middleware'),
  storefront: () => import('#kernel/tenancy/middleware/storefront_middleware'),
  apiTenant: () => import('#kernel/tenancy/middleware/api_tenant_middleware'),
  apiScope: () => import('#kernel/tenancy/middleware/api_scope_middleware'),
  moduleGate: () => import('#kernel/modules/middleware/module_gate_middleware'),
  impersonation: () => import('#kernel/ops/middleware/impersonation_middleware'),
  operator: () => import('#kernel/ops/middleware/operator_middleware'),
})

/**
 * Every route a browser uses: cookie sessions, flash messages, CSRF
 * protection, and an operator acting as a user (time limit, audit).
 */
export const webMiddleware = [middleware.session(), middleware.shield(), middleware.impersonation()]
