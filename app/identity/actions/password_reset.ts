import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import PasswordReset from '#kernel/identity/models/password_reset'
import User from '#kernel/identity/models/user'
import ResetPasswordMail from '#kernel/identity/mails/reset_password_mail'
import { endAllSessions } from '#kernel/identity/actions/end_sessions'
import {
  recordAccountEvent,
  type RequestOrigin,
} from '#kernel/identity/actions/record_account_event'

/**
 * Sends a single-use reset link valid for one hour, when an enabled account
 * has this email. Says nothing either way, so the form cannot be used to
 * find out who has an account.
 */
export async function requestPasswordReset(email: string, origin: RequestOrigin) {
  const user = await User.findBy('email', email.trim().toLowerCase())
  if (!user || user.disabledAt) {
    return
  }
  const reset = await PasswordReset.create({
    userId: user.id,
    expiresAt: DateTime.now().plus({ hours: 1 }),
  })
  await mail.sendLater(new ResetPasswordMail(user, reset))
  await recordAccountEvent({ action: 'account.password_reset_requested', user, origin })
}

export async function findUsableReset(id: string) {
  const reset = await PasswordReset.find(id)
  if (!reset || reset.usedAt || reset.expiresAt < DateTime.now()) {
    return null
  }
  return reset
}

/**
 * Sets the new password, uses up the link and ends every session of the
 * account (whoever had the old password is signed out).
 */
export async function resetPassword(reset: PasswordReset, password: string, origin: RequestOrigin) {
  const user = await User.findOrFail(reset.userId)
  user.password = password
  await user.save()
  reset.usedAt = DateTime.now()
  await reset.save()
  await PasswordReset.query().where('user_id', user.id).whereNull('used_at').update({
    usedAt: DateTime.now().toSQL(),
  })
  await endAllSessions(user)
  await recordAccountEvent({ action: 'account.password_reset', user, origin })
  return user
}
