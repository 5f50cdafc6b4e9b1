import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { runBillingSchedule } from '#kernel/billing/dunning/run_billing_schedule'

/** Scheduled: trial endings and reminders, and restriction of unpaid workspaces. */
export default class RunBillingScheduleJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'RunBillingScheduleJob', maxRetries: 2 }

  async execute() {
    await runBillingSchedule()
  }
}
