import Stripe from 'stripe'
import env from '#start/env'

/** Whether the platform has Stripe keys: without them shops take manual payments only. */
export function stripeIsConfigured() {
  return Boolean(env.get('STRIPE_SECRET_KEY'))
}

/**
 * The platform's Stripe client. Calls for a shop go to its connected
 * account with the `stripeAccount` request option. `STRIPE_API_BASE`
 * points the SDK at another API host (a local one in tests).
 */
export function stripeClient() {
  const key = env.get('STRIPE_SECRET_KEY')
  if (!key) {
    throw new Error('Stripe is not configured: set STRIPE_SECRET_KEY.')
  }
  const base = env.get('STRIPE_API_BASE')
  const url = base ? new URL(base) : null
  const protocol = url?.protocol === 'http:' ? 'http' : 'https'
  return new Stripe(key, {
    maxNetworkRetries: 2,
    telemetry: false,
    ...(url
      ? {
          host: url.hostname,
          port: Number(url.port || (protocol === 'http' ? 80 : 443)),
          protocol,
        }
      : {}),
  })
}

/** The signing secret of the Connect webhook endpoint. */
export function storefrontWebhookSecret() {
  return env.get('STRIPE_STOREFRONT_WEBHOOK_SECRET') ?? null
}
