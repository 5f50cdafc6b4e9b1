import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import db from '@adonisjs/lucid/services/db'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { releaseExpiredCheckouts } from '#modules/storefront/checkout/stock'

/**
 * Scheduled every minute: gives back the stock held by checkouts whose
 * reservation ran out, workspace by workspace.
 */
export default class ReleaseExpiredCheckoutsJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'ReleaseExpiredCheckoutsJob', maxRetries: 2 }

  async execute() {
    const tenantIds = await withPlatform('release expired storefront checkouts', async () => {
      const result = await db.rawQuery(
        `select distinct tenant_id from storefront_checkouts
          where status = 'open' and reserved_until <= now()`
      )
      return result.rows.map((row: { tenant_id: string }) => row.tenant_id)
    })
    for (const tenantId of tenantIds) {
      await withTenant(tenantId, () => releaseExpiredCheckouts())
    }
  }
}
