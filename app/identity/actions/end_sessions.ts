import { DateTime } from 'luxon'
import UserSession from '#kernel/identity/models/user_session'
import User from '#kernel/identity/models/user'
import {
  recordAccountEvent,
  type RequestOrigin,
} from '#kernel/identity/actions/record_account_event'

/**
 * Ends every signed-in browser of the user (except `keepSessionId`) and
 * forgets their remember-me tokens.
 */
export async function endAllSessions(user: User, keepSessionId?: string) {
  const query = UserSession.query().where('user_id', user.id).whereNull('revoked_at')
  if (keepSessionId) {
    query.whereNot('id', keepSessionId)
  }
  await query.update({ revokedAt: DateTime.now().toSQL() })
  const tokens = await User.rememberMeTokens.all(user)
  for (const token of tokens) {
    await User.rememberMeTokens.delete(user, token.identifier)
  }
}

/**
 * Disables an account: it can no longer sign in, and every session it has
 * ends at its next request.
 */
export async function disableUser(user: User, reason: string, origin: RequestOrigin) {
  user.disabledAt = DateTime.now()
  await user.save()
  await endAllSessions(user)
  await recordAccountEvent({ action: 'account.disabled', user, metadata: { reason }, origin })
}
