import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import RelayOutboxJob from '#kernel/outbox/jobs/relay_outbox_job'
import RunDuePurgesJob from '#kernel/modules/jobs/run_due_purges_job'
import RunBillingScheduleJob from '#kernel/billing/dunning/jobs/run_billing_schedule_job'
import SnapshotPlatformFiguresJob from '#kernel/ops/jobs/snapshot_platform_figures_job'
import { recurringJobs } from '#kernel/contracts/recurring_jobs'

/**
 * Recurring jobs, run by `node ace queue:work`. Defining a schedule again
 * updates it, so this is safe on every start. Skipped while the queue's
 * tables do not exist yet (a fresh database before its first migration).
 */
async function queueTablesExist() {
  const { rows } = await db.rawQuery(`select to_regclass('public.queue_schedules') as present`)
  return rows[0].present !== null
}

if (app.getMode() === 'run' && !app.inTest && (await queueTablesExist())) {
  await RelayOutboxJob.schedule({}).id('outbox-relay').every('30s').run()
  await RunDuePurgesJob.schedule({}).id('module-purges').every('1h').run()
  await RunBillingScheduleJob.schedule({}).id('billing-schedule').every('1h').run()
  await SnapshotPlatformFiguresJob.schedule({}).id('platform-figures').every('1h').run()
  for (const recurring of recurringJobs.all()) {
    await recurring.job.schedule({}).id(recurring.id).every(recurring.every).run()
  }
}
