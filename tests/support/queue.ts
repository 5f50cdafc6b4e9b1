import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { Worker } from '@adonisjs/queue'
import type { QueueManagerConfig } from '@adonisjs/queue/types'

async function pendingJobs() {
  const [{ count }] = await db
    .from('queue_jobs')
    .whereIn('status', ['pending', 'delayed', 'active'])
    .count('* as count')
  return Number(count)
}

/**
 * Runs a real queue worker (the database adapter, as in production) until
 * no job is left waiting, including jobs that the jobs themselves queue
 * and retries after their backoff.
 */
export async function runQueuedJobs({ timeoutMs = 15_000 } = {}) {
  const config = app.config.get<any>('queue')
  const adapters: Record<string, unknown> = {}
  for (const [name, adapter] of Object.entries<any>(config.adapters)) {
    adapters[name] = typeof adapter === 'function' ? adapter : await adapter.resolver(app)
  }
  const worker = new Worker({
    ...config,
    adapters,
    autoLoadJobs: false,
    worker: { ...config.worker, idleDelay: 20, gracefulShutdown: false },
    jobFactory: (JobClass: any) => app.container.make(JobClass),
  } as QueueManagerConfig)
  const deadline = Date.now() + timeoutMs
  try {
    while (Date.now() < deadline) {
      const cycle = await worker.processCycle(['default'])
      if (cycle?.type === 'idle') {
        if ((await pendingJobs()) === 0) {
          return
        }
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    throw new Error(`Jobs still pending after ${timeoutMs} ms`)
  } finally {
    await worker.stop()
  }
}
