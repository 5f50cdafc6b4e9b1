import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const TenantsController = () => import('#kernel/ops/controllers/tenants_controller')
const ImpersonationsController = () => import('#kernel/ops/controllers/impersonations_controller')
const PlansController = () => import('#kernel/ops/controllers/plans_controller')
const FiguresController = () => import('#kernel/ops/controllers/figures_controller')
const StripeEventsController = () => import('#kernel/ops/controllers/stripe_events_controller')
const PlatformSettingsController = () =>
  import('#kernel/ops/controllers/platform_settings_controller')

/**
 * The operator console, `/ops`: only platform operators see it (everyone
 * else gets a 404). Plus the end of an impersonation, which the operator
 * asks for while still acting as the user.
 */
export function registerOpsRoutes() {
  router
    .group(() => {
      router.get('/', ({ response }) => response.redirect('/ops/tenants')).as('ops.home')
      router.get('/tenants', [TenantsController, 'index']).as('ops.tenants.index')
      router
        .get('/tenants/:id', [TenantsController, 'show'])
        .where('id', router.matchers.uuid())
        .as('ops.tenants.show')
      router
        .post('/tenants/:id/suspend', [TenantsController, 'suspend'])
        .where('id', router.matchers.uuid())
        .as('ops.tenants.suspend')
      router
        .post('/tenants/:id/unsuspend', [TenantsController, 'unsuspend'])
        .where('id', router.matchers.uuid())
        .as('ops.tenants.unsuspend')
      router
        .post('/tenants/:id/impersonations', [ImpersonationsController, 'store'])
        .where('id', router.matchers.uuid())
        .as('ops.impersonation.start')

      router.get('/plans', [PlansController, 'index']).as('ops.plans.index')
      router.get('/plans/new', [PlansController, 'create']).as('ops.plans.create')
      router.post('/plans', [PlansController, 'store']).as('ops.plans.store')
      router
        .get('/plans/:id/edit', [PlansController, 'edit'])
        .where('id', router.matchers.uuid())
        .as('ops.plans.edit')
      router
        .put('/plans/:id', [PlansController, 'update'])
        .where('id', router.matchers.uuid())
        .as('ops.plans.update')
      router
        .post('/plans/:id/archive', [PlansController, 'archive'])
        .where('id', router.matchers.uuid())
        .as('ops.plans.archive')
      router
        .post('/plans/:id/sync', [PlansController, 'sync'])
        .where('id', router.matchers.uuid())
        .as('ops.plans.sync')

      router.get('/figures', [FiguresController, 'show']).as('ops.figures.show')

      router.get('/stripe-events', [StripeEventsController, 'index']).as('ops.stripe_events.index')
      router
        .get('/stripe-events/:id', [StripeEventsController, 'show'])
        .as('ops.stripe_events.show')
      router
        .post('/stripe-events/:id/replay', [StripeEventsController, 'replay'])
        .as('ops.stripe_events.replay')

      router.get('/settings', [PlatformSettingsController, 'show']).as('ops.settings.show')
      router.put('/settings', [PlatformSettingsController, 'update']).as('ops.settings.update')
    })
    .prefix('/ops')
    .use(middleware.operator())

  router
    .post('/impersonation/end', [ImpersonationsController, 'destroy'])
    .use(middleware.auth())
    .as('ops.impersonation.end')
}
