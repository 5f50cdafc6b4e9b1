import env from '#start/env'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { startStripeServer, type FakeStripeServer } from '#tests/support/fakes/stripe_server'
import { saveShopState } from '#modules/storefront/settings/shop_settings'
import { configureShop } from '#modules/storefront/tests/support/checkout_factories'

const STRIPE_ENV = [
  'STRIPE_SECRET_KEY',
  'STRIPE_API_BASE',
  'STRIPE_STOREFRONT_WEBHOOK_SECRET',
] as const

/** The fake Stripe API, with the application's Stripe settings pointed at it until cleanup. */
export async function stripeFake(cleanup: (fn: () => Promise<void> | void) => void) {
  const fake = await startStripeServer()
  const previous = STRIPE_ENV.map((key) => [key, env.get(key)] as const)
  env.set('STRIPE_SECRET_KEY', 'sk_test_storefront_payments')
  env.set('STRIPE_API_BASE', fake.url)
  env.set('STRIPE_STOREFRONT_WEBHOOK_SECRET', fake.webhookSecret)
  cleanup(async () => {
    for (const [key, value] of previous) env.set(key, value ?? '')
    await fake.close()
  })
  return fake
}

/** Gives the shop a connected Stripe account that can take payments (manual methods stay on). */
export async function connectStripe(fake: FakeStripeServer, tenant: Tenant) {
  await configureShop(tenant)
  const account = fake.addAccount({ country: 'GB' })
  fake.setAccountStatus(account.id, {
    charges_enabled: true,
    details_submitted: true,
    payouts_enabled: true,
  })
  await withTenant(tenant.id, () =>
    saveShopState({
      stripe: {
        accountId: account.id,
        chargesEnabled: true,
        payoutsEnabled: true,
        detailsSubmitted: true,
      },
    })
  )
  return account
}

/** POSTs a raw webhook body to the application, as Stripe does. */
export function postWebhook(body: string, headers: Record<string, string>) {
  return fetch(`${env.get('APP_URL')}/webhooks/stripe/storefront`, {
    method: 'POST',
    headers,
    body,
  })
}
