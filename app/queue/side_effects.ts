import db from '@adonisjs/lucid/services/db'
import type { TenantAwareDatabase } from '#kernel/tenancy/tenant_aware_database'

function pool() {
  return (db as TenantAwareDatabase).pooledConnection()
}

/**
 * Performs a side effect (send an email, call a webhook) at most once per
 * key: a retried job skips what its earlier attempt already did. The record
 * is written outside the job's own transaction, so it survives a later
 * failure of the job.
 */
export async function onceFor(key: string, effect: () => Promise<void>) {
  const done = await pool().from('job_side_effects').where('key', key).first()
  if (done) {
    return false
  }
  await effect()
  await pool().table('job_side_effects').insert({ key }).onConflict('key').ignore()
  return true
}
