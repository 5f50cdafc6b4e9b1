import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { runDuePurges } from '#kernel/modules/module_lifecycle'

/**
 * Scheduled: deletes the data of modules whose purge delay has passed.
 */
export default class RunDuePurgesJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'RunDuePurgesJob', maxRetries: 2 }

  async execute() {
    await runDuePurges()
  }
}
