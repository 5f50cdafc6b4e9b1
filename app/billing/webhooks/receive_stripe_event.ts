import type Stripe from 'stripe'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import ProcessStripeEventJob from '#kernel/billing/webhooks/jobs/process_stripe_event_job'

/**
 * Stores a verified Stripe event by its id and queues its processing. A
 * delivery of an event already stored (Stripe retries, duplicates) changes
 * nothing. Returns whether the event was new.
 */
export async function receiveStripeEvent(event: Stripe.Event) {
  const inserted = await db
    .table('stripe_events')
    .insert({
      id: event.id,
      type: event.type,
      account: event.account ?? null,
      stripe_created_at: DateTime.fromSeconds(event.created).toSQL(),
      payload: JSON.stringify(event),
      status: 'pending',
    })
    .onConflict('id')
    .ignore()
    .returning('id')
  if (inserted.length === 0) {
    return false
  }
  await ProcessStripeEventJob.dispatch({ eventId: event.id })
  return true
}
