import router from '@adonisjs/core/services/router'
import { middleware, webMiddleware } from '#start/kernel'
import { registerCustomerAccountRoutes, registerIdentityRoutes } from '#kernel/identity/routes'
import { registerBackOfficeRoutes, registerStorefrontKernelRoutes } from '#kernel/tenancy/routes'
import { registerOpsRoutes } from '#kernel/ops/routes'
import { registerBillingRoutes, registerBillingWebhookRoutes } from '#kernel/billing/routes'

const HealthChecksController = () => import('#kernel/health/health_checks_controller')
const LandingController = () => import('#kernel/site/landing_controller')

router.get('/health/live', [HealthChecksController, 'live']).as('health.live')
router.get('/health/ready', [HealthChecksController, 'ready']).as('health.ready')

router
  .group(() => {
    router.get('/', [LandingController, 'show']).use(middleware.silentAuth()).as('site.landing')
    registerIdentityRoutes()
    registerBackOfficeRoutes()
    registerBillingRoutes()
    registerStorefrontKernelRoutes()
    registerCustomerAccountRoutes()
    registerOpsRoutes()
  })
  .use(webMiddleware)

registerBillingWebhookRoutes()

const DevMailboxController = () => import('#kernel/mail/dev_mailbox/dev_mailbox_controller')
router
  .group(() => {
    router.get('/dev/mailbox', [DevMailboxController, 'index']).as('dev.mailbox.index')
    router.delete('/dev/mailbox', [DevMailboxController, 'clear']).as('dev.mailbox.clear')
  })
  .use([...webMiddleware, middleware.developmentOnly()])
