import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { relayStaleMessages } from '#kernel/outbox/outbox'

/**
 * Scheduled: delivers outbox messages a crash left pending.
 */
export default class RelayOutboxJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'RelayOutboxJob', maxRetries: 0 }

  async execute() {
    await relayStaleMessages()
  }
}
