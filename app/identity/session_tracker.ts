import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import UserSession from '#kernel/identity/models/user_session'
import type User from '#kernel/identity/models/user'

const SESSION_KEY = 'user_session_id'
const TOUCH_AFTER_MINUTES = 5

/**
 * Records a signed-in browser of a staff user (listed on the security page)
 * and ties the cookie session to it.
 */
export async function startTrackedSession(ctx: HttpContext, user: User) {
  const tracked = await UserSession.create({
    userId: user.id,
    ip: ctx.request.ip(),
    userAgent: ctx.request.header('user-agent')?.slice(0, 512) ?? null,
    lastSeenAt: DateTime.now(),
  })
  ctx.session.put(SESSION_KEY, tracked.id)
  return tracked
}

/**
 * Whether the signed-in browser may go on: false when its session was ended
 * (from the security page, or because the user was disabled).
 */
export async function checkTrackedSession(ctx: HttpContext, user: User) {
  const id = ctx.session.get(SESSION_KEY)
  const tracked = id ? await UserSession.find(id) : null
  if (!tracked) {
    await startTrackedSession(ctx, user)
    return true
  }
  if (tracked.userId !== user.id || tracked.revokedAt) {
    return false
  }
  if (tracked.lastSeenAt < DateTime.now().minus({ minutes: TOUCH_AFTER_MINUTES })) {
    tracked.lastSeenAt = DateTime.now()
    await tracked.save()
  }
  return true
}

export function currentTrackedSessionId(ctx: HttpContext): string | undefined {
  return ctx.session.get(SESSION_KEY)
}

/**
 * Ties the cookie session back to a tracked session it used before (an
 * operator returning from acting as a user).
 */
export function resumeTrackedSession(ctx: HttpContext, id: string) {
  ctx.session.put(SESSION_KEY, id)
}

export async function endTrackedSession(ctx: HttpContext) {
  const id = ctx.session.get(SESSION_KEY)
  if (id) {
    await UserSession.query().where('id', id).update({ revokedAt: DateTime.now().toSQL() })
  }
  ctx.session.forget(SESSION_KEY)
}
