import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import User from '#kernel/identity/models/user'
import VerifyEmailMail from '#kernel/identity/mails/verify_email_mail'
import { recordAccountEvent } from '#kernel/identity/actions/record_account_event'
import { rateLimits } from '#kernel/identity/rate_limits'
import { requestOrigin } from '#kernel/identity/request_origin'

export default class EmailVerificationController {
  /**
   * The emailed link: signed, valid for 24 hours, and only for the address
   * the account still has.
   */
  async verify(ctx: HttpContext) {
    const { request, params, session, response } = ctx
    const user = request.hasValidSignature() ? await User.find(params.id) : null
    if (!user || user.email !== request.qs().email) {
      session.flash('error', 'This confirmation link is invalid or has expired. Send a new one.')
      return response.redirect('/app')
    }
    if (!user.emailVerifiedAt) {
      user.emailVerifiedAt = DateTime.now()
      await user.save()
      await recordAccountEvent({
        action: 'account.email_verified',
        user,
        origin: requestOrigin(ctx),
      })
    }
    session.flash('success', 'Thank you, your email address is confirmed.')
    return response.redirect('/app')
  }

  async resend({ auth, session, response }: HttpContext) {
    const user = auth.getUserOrFail() as User
    if (!user.emailVerifiedAt) {
      await rateLimits.verificationEmail().consume(`verify:${user.id}`)
      await mail.sendLater(new VerifyEmailMail(user))
      session.flash('success', `We sent a new confirmation link to ${user.email}.`)
    }
    return response.redirect().back()
  }
}
