import type { HttpContext } from '@adonisjs/core/http'
import { appUrl } from '#config/app'
import Plan from '#kernel/billing/models/plan'
import type User from '#kernel/identity/models/user'
import { requestAuditContext, recordAuditEvent } from '#kernel/audit/record_audit_event'
import { stripeIsConfigured } from '#kernel/stripe/stripe_client'
import { changePlanValidator } from '#kernel/billing/validators/billing'
import {
  billingOverview,
  currentSubscription,
} from '#kernel/billing/subscriptions/billing_overview'
import {
  BillingRefused,
  changeSubscriptionPlan,
  hasLiveStripeSubscription,
  openBillingPortal,
  setCancelAtPeriodEnd,
  startCheckout,
} from '#kernel/billing/subscriptions/manage_subscription'
import { fieldError } from '#kernel/validation/field_error'

function billingPath(ctx: HttpContext) {
  return `/app/${ctx.tenant!.slug}/settings/billing`
}

/** Where Stripe sends the member back to. */
function billingUrl(ctx: HttpContext) {
  return `${appUrl}${billingPath(ctx)}`
}

function ensureConfigured() {
  if (!stripeIsConfigured()) {
    throw new BillingRefused('Billing is not configured on this platform yet.')
  }
}

/**
 * The workspace's Billing page: plan, trial, usage and invoices; changing
 * the plan (Stripe Checkout, or an in-place update once Stripe bills the
 * workspace), the Stripe Billing Portal, cancelling and resuming.
 */
export default class BillingController {
  async show({ bouncer, inertia, request }: HttpContext) {
    await bouncer.authorize('can', 'workspace.billing.manage')
    const checkout = request.qs().checkout
    return inertia.render('workspace/settings/billing', {
      ...(await billingOverview()),
      checkout: checkout === 'success' || checkout === 'canceled' ? checkout : null,
    })
  }

  async changePlan(ctx: HttpContext) {
    const { bouncer, request, response, session, tenant } = ctx
    await bouncer.authorize('can', 'workspace.billing.manage')
    const payload = await request.validateUsing(changePlanValidator)
    ensureConfigured()
    const plan = await Plan.query()
      .where('id', payload.plan_id)
      .where('is_public', true)
      .whereNull('archived_at')
      .first()
    if (!plan) {
      throw fieldError('plan_id', 'Choose one of the plans offered.')
    }
    const row = await currentSubscription()
    if (row && hasLiveStripeSubscription(row)) {
      await changeSubscriptionPlan(tenant!, row, plan, payload.interval)
      await recordAuditEvent({
        ...requestAuditContext(ctx),
        action: 'billing.plan.change_requested',
        subject: { type: 'plan', id: plan.id, label: plan.name },
        metadata: { interval: payload.interval },
      })
      session.flash('success', `Your workspace is now on the ${plan.name} plan.`)
      return response.redirect(billingPath(ctx))
    }
    const url = await startCheckout({
      tenant: tenant!,
      row,
      plan,
      interval: payload.interval,
      email: (ctx.auth.user as User).email,
      returnUrl: billingUrl(ctx),
    })
    return response.redirect(url)
  }

  async portal(ctx: HttpContext) {
    await ctx.bouncer.authorize('can', 'workspace.billing.manage')
    ensureConfigured()
    const row = await currentSubscription()
    if (!row?.stripeCustomerId) {
      throw new BillingRefused('Choose a plan first: payment details come with it.')
    }
    return ctx.response.redirect(await openBillingPortal(row, billingUrl(ctx)))
  }

  async cancel(ctx: HttpContext) {
    return this.setCancellation(ctx, true)
  }

  async resume(ctx: HttpContext) {
    return this.setCancellation(ctx, false)
  }

  private async setCancellation(ctx: HttpContext, cancel: boolean) {
    const { bouncer, response, session, tenant } = ctx
    await bouncer.authorize('can', 'workspace.billing.manage')
    ensureConfigured()
    const row = await currentSubscription()
    if (!row || !hasLiveStripeSubscription(row)) {
      throw new BillingRefused('This workspace has no paid subscription to change.')
    }
    if (row.cancelAtPeriodEnd === cancel) {
      throw new BillingRefused(
        cancel
          ? 'The subscription already ends with this period.'
          : 'The subscription is not set to end.'
      )
    }
    await setCancelAtPeriodEnd(tenant!, row, cancel)
    await recordAuditEvent({
      ...requestAuditContext(ctx),
      action: cancel ? 'billing.subscription.canceled' : 'billing.subscription.resumed',
      subject: { type: 'subscription', id: row.id },
    })
    session.flash(
      'success',
      cancel
        ? `The subscription ends on ${row.currentPeriodEnd.toFormat('d LLLL yyyy')}; until then everything keeps working.`
        : 'The subscription continues.'
    )
    return response.redirect(billingPath(ctx))
  }
}
