import db from '@adonisjs/lucid/services/db'

const INTERVAL_MS = 3600 * 1000

/** When this process last wrote each workspace's activity time. */
const lastWritten = new Map<string, number>()

/**
 * Notes that a workspace's staff are using the back office, for the
 * operator console's "last activity". Writes at most once an hour per
 * workspace and process (other requests only read a map), and the
 * statement itself skips workspaces another process touched within the
 * hour.
 */
export async function noteWorkspaceActivity(tenantId: string) {
  const now = Date.now()
  const previous = lastWritten.get(tenantId)
  if (previous !== undefined && now - previous < INTERVAL_MS && now >= previous) {
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
}
