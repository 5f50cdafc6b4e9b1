import limiter from '@adonisjs/limiter/services/main'
import env from '#start/env'
import { databaseScope } from '#kernel/tenancy/tenant_context'

/**
 * Limits on what customers send. Made outside any tenant transaction (a
 * limiter keeps the client it was made with; see app/identity/rate_limits.ts).
 */
function outsideScope<T>(make: () => T) {
  return databaseScope.exit(make)
}

export const chatRateLimits = {
  /** Messages per network address and workspace. */
  messagesPerAddress: () =>
    outsideScope(() =>
      limiter.use({ requests: env.get('CHAT_MESSAGES_PER_MINUTE', 20), duration: '1 minute' })
    ),
  /** Messages per conversation: a burst is fine, a flood is not. */
  messagesPerConversation: () =>
    outsideScope(() => limiter.use({ requests: 10, duration: '10 seconds' })),
  /** New conversations per network address and workspace. */
  conversationsPerAddress: () =>
    outsideScope(() => limiter.use({ requests: 20, duration: '1 hour' })),
}
