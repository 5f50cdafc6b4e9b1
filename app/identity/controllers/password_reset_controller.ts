import type { HttpContext } from '@adonisjs/core/http'
import {
  findUsableReset,
  requestPasswordReset,
  resetPassword,
} from '#kernel/identity/actions/password_reset'
import { forgotPasswordValidator, resetPasswordValidator } from '#kernel/identity/validators/auth'
import { rateLimits } from '#kernel/identity/rate_limits'
import { requestOrigin } from '#kernel/identity/request_origin'

export default class PasswordResetController {
  async create({ inertia }: HttpContext) {
    return inertia.render('auth/forgot_password', {})
  }

  async store(ctx: HttpContext) {
    const { email } = await ctx.request.validateUsing(forgotPasswordValidator)
    await rateLimits.passwordReset().consume(`reset:${ctx.request.ip()}:${email}`)
    await requestPasswordReset(email, requestOrigin(ctx))
    ctx.session.flash(
      'success',
      `If an account uses ${email}, we sent it a link to choose a new password. It works for one hour.`
    )
    return ctx.response.redirect().back()
  }

  /**
   * The page behind the emailed link: signed, valid for one hour, once.
   */
  async edit({ request, params, inertia }: HttpContext) {
    const usable = request.hasValidSignature() && (await findUsableReset(params.id))
    return inertia.render('auth/reset_password', {
      valid: Boolean(usable),
      action: request.url(true),
    })
  }

  async update(ctx: HttpContext) {
    const { request, params, session, response } = ctx
    const reset = request.hasValidSignature() ? await findUsableReset(params.id) : null
    if (!reset) {
      session.flash('error', 'This reset link has expired or was already used. Ask for a new one.')
      return response.redirect().toRoute('identity.password_reset.create')
    }
    const { password } = await request.validateUsing(resetPasswordValidator)
    await resetPassword(reset, password, requestOrigin(ctx))
    session.flash('success', 'Your password has been changed. Sign in with the new one.')
    return response.redirect().toRoute('identity.session.create')
  }
}
