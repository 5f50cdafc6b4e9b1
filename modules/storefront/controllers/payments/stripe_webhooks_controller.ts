import type { HttpContext } from '@adonisjs/core/http'
import Stripe from 'stripe'
import { storefrontWebhookSecret } from '#modules/storefront/payments/webhook_secret'
import { handleStripeEvent } from '#modules/storefront/payments/stripe_webhook'

/**
 * Stripe's events about the shops' connected accounts (Connect webhook
 * endpoint). Only correctly signed events are read.
 */
export default class StripeWebhooksController {
  async handle({ request, response }: HttpContext) {
    const secret = storefrontWebhookSecret()
    if (!secret) {
      return response.status(503).send({ message: 'Stripe webhooks are not configured.' })
    }
    let event: Stripe.Event
    try {
      event = Stripe.webhooks.constructEvent(
        request.raw() ?? '',
        request.header('stripe-signature') ?? '',
        secret
      )
    } catch {
      return response.status(400).send({ message: 'The signature of this event is not valid.' })
    }
    const outcome = await handleStripeEvent(event)
    return response.status(200).send({ received: true, outcome })
  }
}
