import db from '@adonisjs/lucid/services/db'
import type { ConversationMode, ConversationStatus } from '#modules/chat/models/conversation'
import type { MessageAuthor } from '#modules/chat/models/message'
import { withSettingDefaults, type ChatSettings } from '#modules/chat/settings/chat_settings'

/** The most messages a reply looks back at (the largest memory window settings allow). */
const LOOKBACK = 50

export interface ReplyContext {
  mode: ConversationMode
  status: ConversationStatus
  lastCustomerSeq: number
  customerId: string | null
  visitorName: string | null
  customerName: string | null
  shopName: string
  shopSlug: string
  settings: ChatSettings
  /** Public messages up to the one answered, oldest first. */
  history: { seq: number; author: MessageAuthor; body: string }[]
}

/**
 * Everything a reply reads about its conversation and the chat settings, in one round trip: the
 * reply path is timed from the customer's message to the first token.
 * Staff notes and system lines are left out. Tenant scope (row-level
 * security keeps it to the workspace's rows).
 */
export async function loadReplyContext(
  conversationId: string,
  upToSeq: number
): Promise<ReplyContext | null> {
  const result = await db.rawQuery(
    `select c.mode, c.status, c.last_customer_seq, c.customer_id, c.visitor_name,
            t.name as shop_name, t.slug as shop_slug, cu.name as customer_name,
            coalesce(tm.settings, '{}') as settings,
            coalesce((
              select json_agg(h order by h.seq) from (
                select m.seq, m.author, m.body from chat_messages m
                 where m.tenant_id = c.tenant_id and m.conversation_id = c.id
                   and not m.internal and m.author in ('customer', 'bot', 'agent')
                   and m.seq <= :upToSeq
                 order by m.seq desc limit :lookback
              ) h
            ), '[]') as history
       from chat_conversations c
       join tenants t on t.id = c.tenant_id
       left join customers cu on cu.tenant_id = c.tenant_id and cu.id = c.customer_id
       left join tenant_modules tm on tm.tenant_id = c.tenant_id and tm.module_key = 'chat'
      where c.id = :conversationId`,
    { conversationId, upToSeq, lookback: LOOKBACK }
  )
  const row = result.rows[0]
  if (!row) return null
  return {
    mode: row.mode,
    status: row.status,
    lastCustomerSeq: Number(row.last_customer_seq),
    customerId: row.customer_id,
    visitorName: row.visitor_name,
    customerName: row.customer_name,
    shopName: row.shop_name,
    shopSlug: row.shop_slug,
    settings: withSettingDefaults(row.settings),
    history: row.history,
  }
}
