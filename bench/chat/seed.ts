import { createHash, randomBytes } from 'node:crypto'
import pg from 'pg'
import { CHAT_BENCH_SLUG, type BenchConversation } from './shared.js'

export interface ChatBenchData {
  tenantId: string
  widgetKey: string
  conversations: BenchConversation[]
}

const hash = (token: string) => createHash('sha256').update(token).digest('hex')

/**
 * One shop with the storefront and the chat on, its widget channel, and
 * `count` fresh widget conversations (one per measured message, so no
 * conversation's history or rate limit carries over), written as the
 * platform role. The shop is kept between runs; its conversations and
 * widget key are made again.
 */
export async function seedChatBench(databaseUrl: string, count: number): Promise<ChatBenchData> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('set local role wrencos_platform')
    const existing = await client.query(`select id from tenants where slug = $1`, [CHAT_BENCH_SLUG])
    const tenant = existing.rows[0]
      ? existing
      : await client.query(
          `insert into tenants (slug, name, country, currency, timezone)
           values ($1, 'Chat bench shop', 'GB', 'GBP', 'Europe/London') returning id`,
          [CHAT_BENCH_SLUG]
        )
    const tenantId: string = tenant.rows[0].id
    await client.query(
      `insert into tenant_modules (tenant_id, module_key, status, settings, enabled_at)
       select $1, key, 'enabled', '{}', now() from unnest(array['storefront', 'chat']) as key
       on conflict do nothing`,
      [tenantId]
    )
    await client.query(`delete from chat_messages where tenant_id = $1`, [tenantId])
    await client.query(`delete from chat_conversations where tenant_id = $1`, [tenantId])
    await client.query(`delete from chat_channels where tenant_id = $1`, [tenantId])
    const widgetKey = `wk_${tenantId.replaceAll('-', '')}_${randomBytes(12).toString('base64url')}`
    const channel = await client.query(
      `insert into chat_channels (tenant_id, kind, name, public_key, settings, active)
       values ($1, 'widget', 'Website widget', $2, $3, true) returning id`,
      [
        tenantId,
        widgetKey,
        JSON.stringify({
          color: null,
          position: 'bottom-right',
          greeting: null,
          allowedOrigins: [],
        }),
      ]
    )
    const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'))
    const inserted = await client.query(
      `insert into chat_conversations (tenant_id, channel_id, channel_kind, visitor_token_hash,
         visitor_name, mode, status)
       select $1, $2, 'widget', hash, 'Bench visitor', 'bot', 'open'
         from unnest($3::text[]) with ordinality as t(hash, position)
        order by position
       returning id, visitor_token_hash`,
      [tenantId, channel.rows[0].id, tokens.map(hash)]
    )
    await client.query('commit')
    const ids = new Map<string, string>(
      inserted.rows.map((row: { id: string; visitor_token_hash: string }) => [
        row.visitor_token_hash,
        row.id,
      ])
    )
    return {
      tenantId,
      widgetKey,
      conversations: tokens.map((token) => ({
        token,
        channel: `tenants/${tenantId}/chat/${ids.get(hash(token))}`,
      })),
    }
  } catch (error) {
    await client.query('rollback')
    throw error
  } finally {
    await client.end()
  }
}
