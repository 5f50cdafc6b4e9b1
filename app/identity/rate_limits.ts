import limiter from '@adonisjs/limiter/services/main'

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
}

export function humanDuration(seconds: number) {
  if (seconds < 60) {
    return `${seconds} second${seconds === 1 ? '' : 's'}`
  }
  const minutes = Math.ceil(seconds / 60)
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
