import type { HttpContext } from '@adonisjs/core/http'
import mail from '@adonisjs/mail/services/main'
import User from '#kernel/identity/models/user'
import { signUpUser } from '#kernel/identity/actions/sign_up_user'
import { recordAccountEvent } from '#kernel/identity/actions/record_account_event'
import VerifyEmailMail from '#kernel/identity/mails/verify_email_mail'
import { startTrackedSession } from '#kernel/identity/session_tracker'
import { signupValidator } from '#kernel/identity/validators/auth'
import { rateLimits } from '#kernel/identity/rate_limits'
import { requestOrigin } from '#kernel/identity/request_origin'
import { googleSignInEnabled } from '#config/ally'
import { fieldError } from '#kernel/validation/field_error'

export default class SignupController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/signup', { googleEnabled: googleSignInEnabled() })
  }

  /**
   * Step one of onboarding: the person's account. They are signed in and
   * continue with their workspace.
   */
  async store(ctx: HttpContext) {
    const { request, response, auth } = ctx
    const payload = await request.validateUsing(signupValidator)
    if (await User.findBy('email', payload.email)) {
      throw fieldError('email', 'An account with this email already exists. Sign in instead.')
    }
    await rateLimits.signup().consume(`signup:${request.ip()}`)

    const user = await signUpUser(payload)
    await auth.use('web').login(user)
    await startTrackedSession(ctx, user)
    await mail.sendLater(new VerifyEmailMail(user))
    await recordAccountEvent({ action: 'account.created', user, origin: requestOrigin(ctx) })
    return response.redirect().toRoute('tenancy.onboarding.create')
  }
}
