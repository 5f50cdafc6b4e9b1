import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { snapshotFigures } from '#kernel/ops/figures/platform_figures'

/**
 * Scheduled: stores today's platform figures for the chart over time. Runs
 * hourly and overwrites today's row, so a day's last run stands for it and
 * a worker that was down at midnight loses nothing.
 */
export default class SnapshotPlatformFiguresJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'SnapshotPlatformFiguresJob', maxRetries: 2 }

  async execute() {
    await snapshotFigures()
  }
}
