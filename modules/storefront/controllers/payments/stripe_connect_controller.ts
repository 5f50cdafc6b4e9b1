import type { HttpContext } from '@adonisjs/core/http'
import type User from '#kernel/identity/models/user'
import {
  refreshStripeAccount,
  stripeOnboardingLink,
} from '#modules/storefront/payments/stripe_connect'
import { stripeIsConfigured } from '#modules/storefront/payments/stripe_client'

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
    const url = await stripeOnboardingLink(ctx.tenant!, {
      returnUrl: this.absolute(ctx, `${this.base(ctx)}/stripe/return`),
      refreshUrl: this.absolute(ctx, `${this.base(ctx)}/stripe/refresh`),
      email: (ctx.auth.user as User | undefined)?.email ?? null,
    })
    return ctx.response.redirect(url)
  }

  /** Stripe sends the owner back here: the account's state is read again. */
  async return(ctx: HttpContext) {
    await ctx.bouncer.authorize('can', 'storefront.settings.manage')
    const state = await refreshStripeAccount()
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
