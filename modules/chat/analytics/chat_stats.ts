import db from '@adonisjs/lucid/services/db'

export interface ChatStats {
  conversations: number
  resolved: number
  aiResolved: number
  handedOff: number
  /** Median seconds from hand-off to a person's first reply; null without any. */
  medianFirstResponseSeconds: number | null
  orders: number
}

/**
 * This month's conversations of the current workspace (started since the
 * first of the month in its time zone), one query over the chat tables.
 */
export async function chatStatsThisMonth(timezone: string): Promise<ChatStats> {
  const result = await db.rawQuery(
    `select count(*)::int as conversations,
            count(*) filter (where status = 'resolved')::int as resolved,
            count(*) filter (where resolved_by = 'ai')::int as ai_resolved,
            count(handed_off_at)::int as handed_off,
            percentile_cont(0.5) within group (
              order by extract(epoch from first_human_reply_at - handed_off_at)
            ) filter (where first_human_reply_at is not null and handed_off_at is not null)
              as median_first_response,
            count(order_id)::int as orders
       from chat_conversations
      where created_at >= date_trunc('month', now() at time zone ?) at time zone ?`,
    [timezone, timezone]
  )
  const row = result.rows[0]
  return {
    conversations: row.conversations,
    resolved: row.resolved,
    aiResolved: row.ai_resolved,
    handedOff: row.handed_off,
    medianFirstResponseSeconds:
      row.median_first_response === null ? null : Math.round(Number(row.median_first_response)),
    orders: row.orders,
  }
}
