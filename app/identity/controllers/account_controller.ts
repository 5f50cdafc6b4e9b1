import type { HttpContext } from '@adonisjs/core/http'
import hash from '@adonisjs/core/services/hash'
import mail from '@adonisjs/mail/services/main'
import { DateTime } from 'luxon'
import User from '#kernel/identity/models/user'
import UserSession from '#kernel/identity/models/user_session'
import UserSecurityEvent from '#kernel/identity/models/user_security_event'
import VerifyEmailMail from '#kernel/identity/mails/verify_email_mail'
import { endAllSessions } from '#kernel/identity/actions/end_sessions'
import { recordAccountEvent } from '#kernel/identity/actions/record_account_event'
import { currentTrackedSessionId } from '#kernel/identity/session_tracker'
import {
  changeEmailValidator,
  changePasswordValidator,
  profileValidator,
} from '#kernel/identity/validators/auth'
import { requestOrigin } from '#kernel/identity/request_origin'
import { fieldError } from '#kernel/validation/field_error'

async function passwordMatches(user: User, candidate: string) {
  return user.password ? hash.verify(user.password, candidate) : false
}

export default class AccountController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail() as User
    const current = currentTrackedSessionId(ctx)
    const sessions = await UserSession.query()
      .where('user_id', user.id)
      .whereNull('revoked_at')
      .orderBy('last_seen_at', 'desc')
      .limit(50)
    const events = await UserSecurityEvent.query()
      .where('user_id', user.id)
      .orderBy('created_at', 'desc')
      .limit(20)
    return ctx.inertia.render('account/show', {
      account: {
        name: user.name,
        email: user.email,
        verified: user.isVerified,
        hasPassword: user.password !== null,
      },
      sessions: sessions.map((session) => ({
        id: session.id,
        ip: session.ip,
        userAgent: session.userAgent,
        createdAt: session.createdAt.toISO()!,
        lastSeenAt: session.lastSeenAt.toISO()!,
        current: session.id === current,
      })),
      events: events.map((event) => ({
        id: event.id,
        action: event.action,
        ip: event.ip,
        createdAt: event.createdAt.toISO()!,
      })),
    })
  }

  async updateProfile({ auth, request, session, response }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const { name } = await request.validateUsing(profileValidator)
    user.name = name
    await user.save()
    session.flash('success', 'Your profile is saved.')
    return response.redirect().back()
  }

  /**
   * A new email needs the current password, and must be confirmed again.
   */
  async changeEmail(ctx: HttpContext) {
    const { auth, request, session, response } = ctx
    const user = auth.getUserOrFail() as User
    const payload = await request.validateUsing(changeEmailValidator)
    if (!(await passwordMatches(user, payload.current_password))) {
      throw fieldError('current_password', 'Your current password is not right.')
    }
    if (payload.email === user.email) {
      session.flash('success', 'This is already your email address.')
      return response.redirect().back()
    }
    if (await User.findBy('email', payload.email)) {
      throw fieldError('email', 'Another account already uses this email address.')
    }
    const previous = user.email
    user.merge({ email: payload.email, emailVerifiedAt: null })
    await user.save()
    await mail.sendLater(new VerifyEmailMail(user))
    await recordAccountEvent({
      action: 'account.email_changed',
      user,
      metadata: { from: previous, to: user.email },
      origin: requestOrigin(ctx),
    })
    session.flash('success', `Your email is now ${user.email}. Check your inbox to confirm it.`)
    return response.redirect().back()
  }

  /**
   * A new password needs the current one, and signs out every other browser.
   */
  async changePassword(ctx: HttpContext) {
    const { auth, request, session, response } = ctx
    const user = auth.getUserOrFail() as User
    const payload = await request.validateUsing(changePasswordValidator)
    if (user.password && !(await passwordMatches(user, payload.current_password))) {
      throw fieldError('current_password', 'Your current password is not right.')
    }
    user.password = payload.password
    await user.save()
    await endAllSessions(user, currentTrackedSessionId(ctx))
    await recordAccountEvent({
      action: 'account.password_changed',
      user,
      origin: requestOrigin(ctx),
    })
    session.flash('success', 'Your password is changed. Your other sessions have been signed out.')
    return response.redirect().back()
  }

  async endSession({ auth, params, session, response }: HttpContext) {
    const user = auth.getUserOrFail() as User
    await UserSession.query()
      .where('id', params.id)
      .where('user_id', user.id)
      .update({ revokedAt: DateTime.now().toSQL() })
    session.flash('success', 'That session has been signed out.')
    return response.redirect().back()
  }

  async endOtherSessions(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail() as User
    await endAllSessions(user, currentTrackedSessionId(ctx))
    ctx.session.flash('success', 'Every other session has been signed out.')
    return ctx.response.redirect().back()
  }
}
