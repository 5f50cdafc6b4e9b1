import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import db from '@adonisjs/lucid/services/db'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'
import { IDLE_HOURS, resolveIdleConversations } from '#modules/chat/analytics/idle_conversations'

/**
 * Scheduled hourly: resolves, workspace by workspace, the conversations
 * the assistant handled alone that went quiet a day ago.
 */
export default class ResolveIdleConversationsJob extends Job<Record<string, never>> {
  static options: JobOptions = { name: 'ResolveIdleConversationsJob', maxRetries: 2 }

  async execute() {
    const tenantIds = await withPlatform('resolve idle chat conversations', async () => {
      const result = await db.rawQuery(
        `select distinct c.tenant_id from chat_conversations c
           join tenant_modules m on m.tenant_id = c.tenant_id
            and m.module_key = 'chat' and m.status = 'enabled'
          where c.status = 'open' and c.mode in ('bot', 'passive') and c.handed_off_at is null
            and coalesce(c.last_message_at, c.created_at) < now() - make_interval(hours => ?)`,
        [IDLE_HOURS]
      )
      return result.rows.map((row: { tenant_id: string }) => row.tenant_id)
    })
    for (const tenantId of tenantIds) {
      await withTenant(tenantId, () => resolveIdleConversations())
    }
  }
}
