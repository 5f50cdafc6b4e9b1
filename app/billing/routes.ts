import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const BillingController = () => import('#kernel/billing/controllers/billing_controller')
const StripeBillingWebhookController = () =>
  import('#kernel/billing/controllers/stripe_billing_webhook_controller')

/** The workspace's Billing page and its actions (browser routes). */
export function registerBillingRoutes() {
  router
    .group(() => {
      router.get('/settings/billing', [BillingController, 'show']).as('billing.page.show')
      router
        .post('/settings/billing/plan', [BillingController, 'changePlan'])
        .as('billing.plan.change')
      router
        .post('/settings/billing/portal', [BillingController, 'portal'])
        .as('billing.portal.open')
      router
        .post('/settings/billing/cancel', [BillingController, 'cancel'])
        .as('billing.subscription.cancel')
      router
        .post('/settings/billing/resume', [BillingController, 'resume'])
        .as('billing.subscription.resume')
    })
    .prefix('/app/:workspace')
    .use([middleware.auth(), middleware.workspace()])
}

/** Stripe's billing webhook: no session, no CSRF token; the signature is the check. */
export function registerBillingWebhookRoutes() {
  router
    .post('/webhooks/stripe', [StripeBillingWebhookController, 'handle'])
    .as('billing.webhooks.stripe')
}
