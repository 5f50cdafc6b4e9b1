import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import { errors } from '@adonisjs/core'
import User from '#kernel/identity/models/user'
import { recordAccountEvent } from '#kernel/identity/actions/record_account_event'
import { startTrackedSession } from '#kernel/identity/session_tracker'
import { requestOrigin } from '#kernel/identity/request_origin'
import { googleSignInEnabled } from '#config/ally'

/**
 * "Sign in with Google", offered when Google keys are configured. A Google
 * account whose email is verified signs in to (or creates) the account
 * with that email.
 */
export default class GoogleAuthController {
  async redirect({ ally, request }: HttpContext) {
    this.ensureEnabled(request.url())
    return ally.use('google').redirect()
  }

  async callback(ctx: HttpContext) {
    const { ally, auth, session, response, request } = ctx
    this.ensureEnabled(request.url())
    const google = ally.use('google')
    if (google.accessDenied() || google.stateMisMatch() || google.hasError()) {
      session.flash(
        'error',
        'Google sign-in was cancelled or failed. Try again or use your password.'
      )
      return response.redirect().toRoute('identity.session.create')
    }
    const profile = await google.user()
    if (!profile.email || profile.emailVerificationState !== 'verified') {
      session.flash('error', 'Your Google account has no verified email address.')
      return response.redirect().toRoute('identity.session.create')
    }
    const email = profile.email.toLowerCase()
    let user = await User.findBy('email', email)
    if (user?.disabledAt) {
      session.flash('error', 'This account has been disabled. Contact your workspace owner.')
      return response.redirect().toRoute('identity.session.create')
    }
    if (!user) {
      user = await User.create({
        name: profile.name || email,
        email,
        password: null,
        emailVerifiedAt: DateTime.now(),
      })
      await recordAccountEvent({ action: 'account.created', user, origin: requestOrigin(ctx) })
    }
    await auth.use('web').login(user)
    await startTrackedSession(ctx, user)
    await recordAccountEvent({
      action: 'account.signed_in',
      user,
      metadata: { method: 'google' },
      origin: requestOrigin(ctx),
    })
    return response.redirect('/app')
  }

  private ensureEnabled(url: string) {
    if (!googleSignInEnabled()) {
      throw new errors.E_ROUTE_NOT_FOUND(['GET', url])
    }
  }
}
