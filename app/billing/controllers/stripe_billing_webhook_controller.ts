import type { HttpContext } from '@adonisjs/core/http'
import Stripe from 'stripe'
import env from '#start/env'
import { receiveStripeEvent } from '#kernel/billing/webhooks/receive_stripe_event'

/**
 * Stripe's events about the platform's own billing (subscriptions,
 * invoices). Only correctly signed events are stored; each is processed
 * once, by a job, after the answer.
 */
export default class StripeBillingWebhookController {
  async handle({ request, response }: HttpContext) {
    const secret = env.get('STRIPE_BILLING_WEBHOOK_SECRET')
    if (!secret) {
      return response.status(503).send({ message: 'Stripe billing webhooks are not configured.' })
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
    const stored = await receiveStripeEvent(event)
    return response.status(200).send({ received: true, duplicate: !stored })
  }
}
