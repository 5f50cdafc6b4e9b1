import type { HttpContext } from '@adonisjs/core/http'
import { errors as authErrors } from '@adonisjs/auth'
import User from '#kernel/identity/models/user'
import { recordAccountEvent } from '#kernel/identity/actions/record_account_event'
import { endTrackedSession, startTrackedSession } from '#kernel/identity/session_tracker'
import { loginValidator } from '#kernel/identity/validators/auth'
import { rateLimits } from '#kernel/identity/rate_limits'
import { requestOrigin } from '#kernel/identity/request_origin'
import { googleSignInEnabled } from '#config/ally'
import { fieldError } from '#kernel/validation/field_error'

/**
 * Where to go after signing in: a local path the user was sent away from,
 * never another site.
 */
export function safeReturnPath(value: unknown) {
  return typeof value === 'string' && /^\/(?!\/)[^\s\\]*$/.test(value) ? value : '/app'
}

export default class SessionController {
  async create({ inertia, request }: HttpContext) {
    return inertia.render('auth/login', {
      googleEnabled: googleSignInEnabled(),
      returnTo: safeReturnPath(request.qs().return_to),
    })
  }

  async store(ctx: HttpContext) {
    const { request, response, auth } = ctx
    const { email, password, remember } = await request.validateUsing(loginValidator)
    const origin = requestOrigin(ctx)

    let user: User | null = null
    try {
      const [throttled, verified] = await rateLimits
        .login()
        .penalize(`login:${email}:${request.ip()}`, () => User.verifyCredentials(email, password))
      if (throttled) {
        await recordAccountEvent({ action: 'account.sign_in_blocked', email, origin })
        throw throttled
      }
      user = verified
    } catch (error) {
      if (!(error instanceof authErrors.E_INVALID_CREDENTIALS)) {
        throw error
      }
    }

    if (!user || user.disabledAt) {
      const known = user ?? (await User.findBy('email', email))
      await recordAccountEvent({
        action: 'account.sign_in_failed',
        user: known,
        email,
        metadata: { reason: user ? 'disabled' : 'invalid_credentials' },
        origin,
      })
      throw fieldError(
        'email',
        user
          ? 'This account has been disabled. Contact your workspace owner.'
          : 'The email or password is not right.'
      )
    }

    await auth.use('web').login(user, !!remember)
    await startTrackedSession(ctx, user)
    await recordAccountEvent({ action: 'account.signed_in', user, origin })
    return response.redirect(safeReturnPath(request.input('return_to')))
  }

  async destroy(ctx: HttpContext) {
    await endTrackedSession(ctx)
    await ctx.auth.use('web').logout()
    ctx.session.flash('success', 'You are signed out.')
    return ctx.response.redirect().toRoute('identity.session.create')
  }
}
