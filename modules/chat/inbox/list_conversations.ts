import db from '@adonisjs/lucid/services/db'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import type { InboxTab } from '#modules/chat/inbox/validators'

const INBOX_PAGE_SIZE = 25

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&')

const OF_CONVERSATION = 'm.tenant_id = c.tenant_id and m.conversation_id = c.id'

const UNREAD = `(select count(*) from chat_messages m
  where ${OF_CONVERSATION} and m.author = 'customer' and m.seq > c.staff_read_seq)::int`

/** What the customer last wrote: what staff need to see in the list. */
const LAST_CUSTOMER_TEXT = `(select left(m.body, 160) from chat_messages m
  where ${OF_CONVERSATION} and m.author = 'customer' order by m.seq desc limit 1)`

function conversations() {
  return db
    .from('chat_conversations as c')
    .leftJoin('customers as cu', (join) =>
      join.on('cu.id', 'c.customer_id').andOn('cu.tenant_id', 'c.tenant_id')
    )
    .where('c.tenant_id', requireTenantId())
    .whereNotNull('c.last_message_at')
}

function inboxRow(row: Record<string, any>) {
  return {
    id: row.id as string,
    name: (row.customer_name ?? row.visitor_name ?? 'Visitor') as string,
    email: (row.customer_email ?? null) as string | null,
    channel: row.channel_kind as string,
    mode: row.mode as 'bot' | 'human' | 'passive',
    status: row.status as 'open' | 'waiting' | 'resolved',
    assignedUserId: (row.assigned_user_id ?? null) as string | null,
    tags: row.tags as string[],
    preview: (row.last_customer_text ?? row.last_message_preview ?? '') as string,
    lastMessageAt: row.last_message_at ? new Date(row.last_message_at).toISOString() : null,
    handedOffAt: row.handed_off_at ? new Date(row.handed_off_at).toISOString() : null,
    unread: Number(row.unread),
  }
}

/** One tab of the inbox: the queue oldest first, the others latest activity first. */
export async function listConversations(
  filters: { tab: InboxTab; q?: string; page?: number },
  userId: string
) {
  const query = conversations().select(
    'c.*',
    'cu.name as customer_name',
    'cu.email as customer_email',
    db.raw(`${UNREAD} as unread`),
    db.raw(`${LAST_CUSTOMER_TEXT} as last_customer_text`)
  )
  if (filters.tab === 'waiting') {
    query.where('c.status', 'waiting').orderBy('c.handed_off_at', 'asc')
  } else {
    if (filters.tab === 'mine')
      query.where('c.assigned_user_id', userId).whereNot('c.status', 'resolved')
    if (filters.tab === 'open') query.where('c.status', 'open')
    if (filters.tab === 'resolved') query.where('c.status', 'resolved')
    query.orderBy('c.last_message_at', 'desc')
  }
  query.orderBy('c.id')
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`
    query.where((search) =>
      search
        .whereILike('c.visitor_name', pattern)
        .orWhereILike('cu.name', pattern)
        .orWhereILike('cu.email', pattern)
        .orWhereExists((messages) =>
          messages
            .from('chat_messages as m')
            .whereRaw(OF_CONVERSATION)
            .where('m.internal', false)
            .whereILike('m.body', pattern)
        )
    )
  }
  const page = await query.paginate(filters.page ?? 1, INBOX_PAGE_SIZE)
  return {
    rows: page.all().map(inboxRow),
    pagination: { page: page.currentPage, lastPage: page.lastPage, total: page.total },
  }
}

/** How many wait in the queue and how many open ones are the user's, for the tabs. */
export async function inboxCounts(userId: string) {
  const row = await conversations()
    .select(
      db.raw(`count(*) filter (where c.status = 'waiting')::int as waiting`),
      db.raw(
        `count(*) filter (where c.status <> 'resolved' and c.assigned_user_id = ?)::int as mine`,
        [userId]
      )
    )
    .first()
  return { waiting: Number(row?.waiting ?? 0), mine: Number(row?.mine ?? 0) }
}
