import type { HttpContext } from '@adonisjs/core/http'
import Stripe from 'stripe'
import logger from '@adonisjs/core/services/logger'
import type User from '#kernel/identity/models/user'
import {
  refreshStripeAccount,
  stripeOnboardingLink,
} from '#modules/storefront/payments/stripe_connect'
import { stripeIsConfigured } from '#kernel/stripe/stripe_client'

/**
 * Stripe Connect onboarding of the workspace's own account: card payments
 * of the shop go straight to it.
 */
export default class StripeConnectController {
  private base(ctx: HttpContext) {
    return `/app/${ctx.params.workspace}/storefront/settings/payments`
  }

  private settingsPage(ctx: HttpContext) {
    return `/app/${ctx.params.workspace}/storefront/settings?tab=payments`
  }

  private absolute(ctx: HttpContext, path: string) {
    return `${ctx.request.protocol()}://${ctx.request.host()}${path}`
  }

  private stripeFailed(ctx: HttpContext, error: unknown) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error
    logger.warn({ err: error }, 'stripe connect request failed')
    ctx.session.flash('error', `Stripe could not be reached (${error.message}). Try again later.`)
    return ctx.response.redirect(this.settingsPage(ctx))
  }

  /**
   * Creates the account on first use, then sends the owner to Stripe's
   * onboarding (also where Stripe sends them when its link expired).
   */
  async start(ctx: HttpContext) {
    await ctx.bouncer.authorize('can', 'storefront.settings.manage')
    if (!stripeIsConfigured()) {
      ctx.session.flash('error', 'Card payments through Stripe are not available on this platform.')
      return ctx.response.redirect(this.settingsPage(ctx))
    }
    try {
      const url = await stripeOnboardingLink(ctx.tenant!, {
        returnUrl: this.absolute(ctx, `${this.base(ctx)}/stripe/return`),
        refreshUrl: this.absolute(ctx, `${this.base(ctx)}/stripe/refresh`),
        email: (ctx.auth.user as User | undefined)?.email ?? null,
      })
      return ctx.response.redirect(url)
    } catch (error) {
      return this.stripeFailed(ctx, error)
    }
  }

  /** Stripe sends the owner back here: the account's state is read again. */
  async return(ctx: HttpContext) {
    await ctx.bouncer.authorize('can', 'storefront.settings.manage')
    let state
    try {
      state = await refreshStripeAccount()
    } catch (error) {
      return this.stripeFailed(ctx, error)
    }
    if (state?.chargesEnabled) {
      ctx.session.flash('success', 'Stripe is connected: your shop accepts card payments.')
    } else {
      ctx.session.flash(
        'error',
        'Stripe still needs some details before your shop can take card payments.'
      )
    }
    return ctx.response.redirect(this.settingsPage(ctx))
  }
}
