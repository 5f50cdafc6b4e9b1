import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'
import { limiterOutsideScope as outsideScope } from '#kernel/identity/rate_limits'

/**
 * Limits on what customers send, counted in each server's memory: these
 * are checked while the request holds its tenant transaction, and a
 * database-backed limiter would need a second pooled connection per
 * message (under load, every connection ends up waiting for another).
 * Made outside any tenant scope all the same (see app/identity/rate_limits.ts).
 */
export const chatRateLimits = {
  /** Messages per network address and workspace. */
  messagesPerAddress: () =>
    outsideScope(() =>
      limiter.use('memory', {
        requests: env.get('CHAT_MESSAGES_PER_MINUTE', 20),
        duration: '1 minute',
      })
    ),
  /** Messages per conversation: a burst is fine, a flood is not. */
  messagesPerConversation: () =>
    outsideScope(() => limiter.use('memory', { requests: 10, duration: '10 seconds' })),
  /** New conversations per network address and workspace. */
  conversationsPerAddress: () =>
    outsideScope(() => limiter.use('memory', { requests: 20, duration: '1 hour' })),
}
