import type { ApplicationService } from '@adonisjs/core/types'
import { recurringJobs } from '#kernel/contracts/recurring_jobs'
import ResolveIdleConversationsJob from '#modules/chat/jobs/resolve_idle_conversations_job'
import { registerCustomerChannels } from '#modules/chat/channels/register_channels'
import { replies } from '#modules/chat/assistant/reply_runner'

/**
 * The chat's wiring: its scheduled jobs and live-channel rules; shutting
 * down waits for replies being written. (Its listeners are found in
 * listeners/.)
 */
export default function chatProvider(app: ApplicationService) {
  recurringJobs.register({
    id: 'chat-resolve-idle-conversations',
    every: '1h',
    job: ResolveIdleConversationsJob,
  })
  registerCustomerChannels()
  app.terminating(() => replies.settled())
}
