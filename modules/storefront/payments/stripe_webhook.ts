import type Stripe from 'stripe'
import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import TenantModule from '#kernel/modules/tenant_module'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Order from '#modules/storefront/models/order'
import { markOrderPaid } from '#modules/storefront/orders/mark_paid'
import { cancelOrder, OrderTransitionRefused } from '#modules/storefront/orders/order_workflow'
import { applyAccountUpdate } from '#modules/storefront/payments/stripe_connect'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type WebhookOutcome = 'applied' | 'duplicate' | 'ignored'

/** The workspace whose shop owns this connected account, if any. */
async function tenantOfAccount(accountId: string) {
  return withPlatform('stripe connect webhook: find the shop of a connected account', async () => {
    const row = await TenantModule.query()
      .where('module_key', 'storefront')
      .whereRaw(`settings -> 'stripe' ->> 'accountId' = ?`, [accountId])
      .first()
    return row?.tenantId ?? null
  })
}

/** Records the event id; false when it was already applied (a replay). */
async function firstDelivery(event: Stripe.Event) {
  const result = await db.rawQuery(
    `insert into storefront_payment_events (tenant_id, provider_event_id, type) values (?, ?, ?)
     on conflict (tenant_id, provider_event_id) do nothing returning id`,
    [requireTenantId(), event.id, event.type]
  )
  return result.rows.length > 0
}

async function orderOfSession(sessionId: string) {
  return Order.query().where('stripe_checkout_session_id', sessionId).first()
}

async function orderById(id: string | null | undefined) {
  return id && UUID.test(id) ? Order.find(id) : null
}

async function apply(event: Stripe.Event) {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object
      // An earlier session of the order (the buyer opened the payment page
      // twice) is found through the order id it carries.
      const order =
        (await orderOfSession(session.id)) ?? (await orderById(session.client_reference_id))
      if (!order || session.payment_status !== 'paid') return
      const paymentIntent =
        typeof session.payment_intent === 'string'
          ? session.payment_intent
          : (session.payment_intent?.id ?? null)
      await markOrderPaid(order.id, { userId: null, stripePaymentIntentId: paymentIntent })
      return
    }
    case 'payment_intent.succeeded': {
      const intent = event.data.object
      const order =
        (await Order.findBy('stripe_payment_intent_id', intent.id)) ??
        (await orderById(intent.metadata?.order_id))
      if (!order) return
      await markOrderPaid(order.id, { userId: null, stripePaymentIntentId: intent.id })
      return
    }
    case 'checkout.session.expired': {
      // Only the order's latest session is found: an older one expiring
      // after the buyer opened a new one changes nothing.
      const order = await orderOfSession(event.data.object.id)
      if (!order || order.paymentStatus !== 'unpaid' || order.status !== 'pending') return
      await cancelOrder(order.id, 'the card payment was not completed in time', { userId: null })
      return
    }
    case 'account.updated':
      await applyAccountUpdate(event.data.object)
      return
  }
}

/**
 * Applies a verified event from a shop's connected account, in that shop's
 * workspace scope, at most once per event id. Events of accounts no shop
 * owns are ignored.
 */
export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookOutcome> {
  if (!event.account) return 'ignored'
  const tenantId = await tenantOfAccount(event.account)
  if (!tenantId) return 'ignored'
  return withTenant(tenantId, async () => {
    if (!(await firstDelivery(event))) return 'duplicate'
    try {
      await apply(event)
    } catch (error) {
      if (!(error instanceof OrderTransitionRefused)) throw error
      logger.warn({ eventId: event.id, err: error }, 'stripe event does not apply to the order')
    }
    return 'applied'
  })
}
