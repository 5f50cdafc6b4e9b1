import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'
import { databaseScope } from '#kernel/tenancy/tenant_context'

/**
 * A limiter keeps the database client it was made with, and is reused for
 * every later request: made inside a scope (a storefront request), it would
 * hold on to that request's transaction. Limiters are made outside of it.
 */
export function limiterOutsideScope<T>(make: () => T) {
  return databaseScope.exit(make)
}

/**
 * Limits on the doors of the product. Every limit answers with a clear
 * message and a Retry-After header (see the exception handler).
 */
export const rateLimits = {
  /** Failed sign-ins per email and address; blocked for 15 minutes. */
  login: () =>
    limiterOutsideScope(() =>
      limiter.use({ requests: 5, duration: '1 minute', blockDuration: '15 minutes' })
    ),
  /** Password reset emails per address. */
  passwordReset: () =>
    limiterOutsideScope(() => limiter.use({ requests: 3, duration: '15 minutes' })),
  /** New accounts per network address. */
  signup: () => limiterOutsideScope(() => limiter.use({ requests: 5, duration: '1 hour' })),
  /** Verification emails per account. */
  verificationEmail: () =>
    limiterOutsideScope(() => limiter.use({ requests: 3, duration: '15 minutes' })),
  /** Invitations sent per workspace. */
  invitations: () => limiterOutsideScope(() => limiter.use({ requests: 30, duration: '1 hour' })),
  /**
   * REST API requests per token. Counted in each server's memory: a write
   * per API request in PostgreSQL would cost more than the request itself.
   */
  api: () =>
    limiterOutsideScope(() =>
      limiter.use('memory', {
        requests: env.get('API_RATE_LIMIT_PER_MINUTE', 600),
        duration: '1 minute',
      })
    ),
}

export function humanDuration(seconds: number) {
  if (seconds < 60) {
    return `${seconds} second${seconds === 1 ? '' : 's'}`
  }
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
