/**
 * Jobs a module runs on a schedule (`every: '1m'`). Modules add them in
 * their provider; `node ace queue:work` schedules them (start/scheduler.ts).
 */
export interface RecurringJob {
  /** Stable and unique: defining it again updates the schedule. */
  id: string
  every: string
  job: {
    schedule(payload: Record<string, never>): {
      id(id: string): { every(interval: string): { run(): Promise<unknown> } }
    }
  }
}

const jobs: RecurringJob[] = []

export const recurringJobs = {
  register(job: RecurringJob) {
    jobs.push(job)
  },
  all(): readonly RecurringJob[] {
    return jobs
  },
}
