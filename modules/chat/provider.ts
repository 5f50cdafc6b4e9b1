import type { ApplicationService } from '@adonisjs/core/types'
import { recurringJobs } from '#kernel/contracts/recurring_jobs'
import ResolveIdleConversationsJob from '#modules/chat/jobs/resolve_idle_conversations_job'
import { registerCustomerChannels } from '#modules/chat/channels/register_channels'

/**
 * The chat's wiring: its scheduled jobs and live-channel rules. (Its
 * listeners are found in listeners/.)
 */
export default function chatProvider(_app: ApplicationService) {
  recurringJobs.register({
    id: 'chat-resolve-idle-conversations',
    every: '1h',
    job: ResolveIdleConversationsJob,
  })
  registerCustomerChannels()
}
