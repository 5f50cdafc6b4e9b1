import env from '#start/env'

/** The signing secret of the Connect webhook endpoint. */
export function storefrontWebhookSecret() {
  return env.get('STRIPE_STOREFRONT_WEBHOOK_SECRET') ?? null
}
