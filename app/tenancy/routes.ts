import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { registerModuleSettingsRoutes } from '#kernel/modules/routes'
import { registerNotificationRoutes } from '#kernel/notifications/routes'
import { registerApiTokenRoutes } from '#kernel/api_tokens/routes'

const AppHomeController = () => import('#kernel/tenancy/controllers/app_home_controller')
const OnboardingController = () => import('#kernel/tenancy/controllers/onboarding_controller')
const DashboardController = () => import('#kernel/tenancy/controllers/dashboard_controller')
const WorkspaceSettingsController = () =>
  import('#kernel/tenancy/controllers/workspace_settings_controller')
const TeamController = () => import('#kernel/identity/controllers/team_controller')
const RolesController = () => import('#kernel/identity/controllers/roles_controller')
const AuditLogController = () => import('#kernel/audit/audit_log_controller')
const WorkspaceSecurityController = () => import('#kernel/audit/workspace_security_controller')
const ShopHomeController = () => import('#kernel/tenancy/controllers/shop_home_controller')

/**
 * The back office: `/app` (workspace choice, onboarding) and every
 * workspace under `/app/:workspace`.
 */
export function registerBackOfficeRoutes() {
  router
    .group(() => {
      router.get('/app', [AppHomeController, 'show']).as('tenancy.app_home.show')
      router
        .get('/onboarding/workspace', [OnboardingController, 'create'])
        .as('tenancy.onboarding.create')
      router
        .post('/onboarding/workspace', [OnboardingController, 'store'])
        .as('tenancy.onboarding.store')
      router
        .get('/onboarding/slug-availability', [OnboardingController, 'slugAvailability'])
        .as('tenancy.onboarding.slug_availability')
    })
    .use(middleware.auth())

  router
    .group(() => {
      router.get('/', [DashboardController, 'show']).as('tenancy.dashboard.show')
      router
        .get('/settings', ({ params, response }) =>
          response.redirect(`/app/${params.workspace}/settings/profile`)
        )
        .as('tenancy.settings.index')
      router
        .get('/settings/profile', [WorkspaceSettingsController, 'profile'])
        .as('tenancy.settings.profile')
      router
        .put('/settings/profile', [WorkspaceSettingsController, 'updateProfile'])
        .as('tenancy.settings.update_profile')
      router
        .get('/settings/branding', [WorkspaceSettingsController, 'branding'])
        .as('tenancy.settings.branding')
      router
        .post('/settings/branding', [WorkspaceSettingsController, 'updateBranding'])
        .as('tenancy.settings.update_branding')
      router.get('/settings/team', [TeamController, 'index']).as('identity.team.index')
      router
        .post('/settings/team/invitations', [TeamController, 'invite'])
        .as('identity.team.invite')
      router
        .post('/settings/team/invitations/:id/resend', [TeamController, 'resend'])
        .where('id', router.matchers.uuid())
        .as('identity.team.resend')
      router
        .delete('/settings/team/invitations/:id', [TeamController, 'revoke'])
        .where('id', router.matchers.uuid())
        .as('identity.team.revoke')
      router
        .put('/settings/team/members/:id', [TeamController, 'updateRole'])
        .where('id', router.matchers.uuid())
        .as('identity.team.update_role')
      router
        .delete('/settings/team/members/:id', [TeamController, 'remove'])
        .where('id', router.matchers.uuid())
        .as('identity.team.remove')
      router.get('/settings/roles', [RolesController, 'index']).as('identity.roles.index')
      router.put('/settings/roles/:role', [RolesController, 'update']).as('identity.roles.update')
      router
        .get('/settings/security', [WorkspaceSecurityController, 'show'])
        .as('audit.security.show')
      router.get('/settings/audit', [AuditLogController, 'index']).as('audit.log.index')
      registerModuleSettingsRoutes()
      registerApiTokenRoutes()
      registerNotificationRoutes()
    })
    .prefix('/app/:workspace')
    .use([middleware.auth(), middleware.workspace()])
}

export function registerStorefrontKernelRoutes() {
  router
    .get('/s/:storefront', [ShopHomeController, 'show'])
    .use(middleware.storefront())
    .as('tenancy.shop_home.show')
}
