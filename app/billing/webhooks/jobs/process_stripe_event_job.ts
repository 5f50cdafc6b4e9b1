import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import StripeEvent from '#kernel/billing/models/stripe_event'
import { processStripeEvent } from '#kernel/billing/webhooks/process_stripe_event'

/** Applies a Stripe billing event stored by the webhook; a processed event is not applied again. */
export default class ProcessStripeEventJob extends Job<{ eventId: string }> {
  static options: JobOptions = { name: 'ProcessStripeEventJob', queue: 'default', maxRetries: 5 }

  async execute() {
    const event = await StripeEvent.find(this.payload.eventId)
    if (!event || event.status === 'processed' || event.status === 'ignored') {
      return
    }
    await processStripeEvent(event.id)
  }
}
