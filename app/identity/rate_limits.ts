import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'

/**
 * Limits on the doors of the product. Every limit answers with a clear
 * message and a Retry-After header (see the exception handler).
 */
export const rateLimits = {
  /** Failed sign-ins per email and address; blocked for 15 minutes. */
  login: () => limiter.use({ requests: 5, duration: '1 minute', blockDuration: '15 minutes' }),
  /** Password reset emails per address. */
  passwordReset: () => limiter.use({ requests: 3, duration: '15 minutes' }),
  /** New accounts per network address. */
  signup: () => limiter.use({ requests: 5, duration: '1 hour' }),
  /** Verification emails per account. */
  verificationEmail: () => limiter.use({ requests: 3, duration: '15 minutes' }),
  /** Invitations sent per workspace. */
  invitations: () => limiter.use({ requests: 30, duration: '1 hour' }),
  /**
   * REST API requests per token. Counted in each server's memory: a write
   * per API request in PostgreSQL would cost more than the request itself.
   */
  api: () =>
    limiter.use('memory', {
      requests: env.get('API_RATE_LIMIT_PER_MINUTE', 600),
      duration: '1 minute',
    }),
}

export function humanDuration(seconds: number) {
  if (seconds < 60) {
    return `${seconds} second${seconds === 1 ? '' : 's'}`
  }
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
