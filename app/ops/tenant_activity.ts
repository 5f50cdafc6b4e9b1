import db from '@adonisjs/lucid/services/db'
import { afterCommit } from '#kernel/tenancy/tenant_context'

const INTERVAL_MS = 3600 * 1000

/** When this process last wrote each workspace's activity time. */
const lastWritten = new Map<string, number>()

function writtenRecently(tenantId: string, now: number) {
  const previous = lastWritten.get(tenantId)
  return previous !== undefined && now >= previous && now - previous < INTERVAL_MS
}

/**
 * Notes that a workspace's staff are using the back office, for the
 * operator console's "last activity". Writes at most once an hour per
 * workspace and process (other requests only read a map), once the
 * request's transaction has committed (a failed request notes nothing and
 * holds no lock on the workspace's row); the statement itself skips
 * workspaces another process touched within the hour.
 */
export async function noteWorkspaceActivity(tenantId: string) {
  if (writtenRecently(tenantId, Date.now())) {
    return
  }
  await afterCommit(async () => {
    const now = Date.now()
    if (writtenRecently(tenantId, now)) {
      return
    }
    lastWritten.set(tenantId, now)
    const at = new Date(now)
    await db
      .from('tenants')
      .where('id', tenantId)
      .where((query) =>
        query
          .whereNull('last_activity_at')
          .orWhere('last_activity_at', '<', new Date(now - INTERVAL_MS))
          .orWhere('last_activity_at', '>', at)
      )
      .update({ last_activity_at: at })
  })
}
