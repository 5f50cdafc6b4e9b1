import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import { errors } from '@adonisjs/core'
import StripeEvent from '#kernel/billing/models/stripe_event'
import { processStripeEvent } from '#kernel/billing/webhooks/process_stripe_event'
import { STRIPE_EVENT_STATUSES, stripeEventFiltersValidator } from '#kernel/ops/validators'

const PER_PAGE = 50

function escapeLike(value: string) {
  return value.replace(/[%_\\]/g, '\\$&')
}

function summary(event: StripeEvent) {
  return {
    id: event.id,
    type: event.type,
    status: event.status,
    attempts: event.attempts,
    error: event.error,
    receivedAt: event.receivedAt.toISO()!,
    processedAt: event.processedAt?.toISO() ?? null,
    stripeCreatedAt: event.stripeCreatedAt.toISO()!,
  }
}

/**
 * The platform's Stripe webhook log: what arrived, how processing went,
 * and a replay for events that failed or need applying again.
 */
export default class StripeEventsController {
  async index({ request, inertia }: HttpContext) {
    const filters = await request.validateUsing(stripeEventFiltersValidator, { data: request.qs() })
    const query = StripeEvent.query()
      .select(
        'id',
        'type',
        'status',
        'attempts',
        'error',
        'received_at',
        'processed_at',
        'stripe_created_at'
      )
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
    if (filters.status) {
      query.where('status', filters.status)
    }
    if (filters.type) {
      query.where('type', 'like', `${escapeLike(filters.type)}%`)
    }
    const page = await query.paginate(filters.page ?? 1, PER_PAGE)
    const types = await StripeEvent.query().distinct('type').orderBy('type').limit(100)
    return inertia.render('ops/stripe_events/index', {
      events: page.all().map(summary),
      pagination: {
        page: page.currentPage,
        lastPage: page.lastPage,
        total: page.total,
        perPage: PER_PAGE,
      },
      filters: { status: filters.status ?? '', type: filters.type ?? '' },
      statuses: [...STRIPE_EVENT_STATUSES],
      types: types.map((event) => event.type),
    })
  }

  async show(ctx: HttpContext) {
    const event = await this.#find(ctx)
    return ctx.inertia.render('ops/stripe_events/show', {
      event: {
        ...summary(event),
        account: event.account,
        payload: JSON.stringify(event.payload, null, 2),
      },
    })
  }

  /** Applies the stored event again (safe: applying an event twice has the effect of once). */
  async replay(ctx: HttpContext) {
    const event = await this.#find(ctx)
    logger.info(
      { eventId: event.id, operatorId: ctx.operator!.id },
      'operator replays a Stripe event'
    )
    try {
      const status = await processStripeEvent(event.id)
      ctx.session.flash('success', `Replayed ${event.id}: ${status}.`)
    } catch (error) {
      logger.warn({ err: error, eventId: event.id }, 'Stripe event replay failed')
      ctx.session.flash('error', `Replaying ${event.id} failed: ${(error as Error).message}`)
    }
    return ctx.response.redirect().toRoute('ops.stripe_events.show', { id: event.id })
  }

  async #find(ctx: HttpContext) {
    const event = await StripeEvent.find(String(ctx.params.id))
    if (!event) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    return event
  }
}
