import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Conversations and their messages, the knowledge the assistant answers
 * from (FAQ), staff canned responses, and the channels customers write
 * from (the embeddable widget today, WhatsApp next).
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('chat_channels', (table) => {
      table.string('kind', 20).notNullable()
      table.string('name', 80).notNullable()
      /** Public identifier (the widget's workspace key); not a secret. */
      table.string('public_key', 80).notNullable()
      table.jsonb('settings').notNullable().defaultTo('{}')
      table.boolean('active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['public_key'])
    })

    this.createTenantTable('chat_conversations', (table) => {
      table.uuid('channel_id').nullable()
      /** `storefront`, `widget`, `whatsapp`. */
      table.string('channel_kind', 20).notNullable()
      /** SHA-256 of the bearer token the customer's device holds. */
      table.string('visitor_token_hash', 64).notNullable()
      table.uuid('customer_id').nullable()
      table.string('visitor_name', 80).nullable()
      table.uuid('cart_id').nullable()
      /** `bot`, `human` (an agent took over), `passive` (after handback). */
      table.string('mode', 10).notNullable().defaultTo('bot')
      /** `open`, `waiting` (for a person), `resolved`. */
      table.string('status', 10).notNullable().defaultTo('open')
      table.uuid('assigned_user_id').nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.integer('last_seq').notNullable().defaultTo(0)
      table.integer('last_customer_seq').notNullable().defaultTo(0)
      table.integer('customer_read_seq').notNullable().defaultTo(0)
      table.integer('staff_read_seq').notNullable().defaultTo(0)
      table.string('last_message_preview', 160).nullable()
      table.timestamp('last_message_at', { useTz: true }).nullable()
      table.timestamp('handed_off_at', { useTz: true }).nullable()
      table.timestamp('first_human_reply_at', { useTz: true }).nullable()
      table.timestamp('resolved_at', { useTz: true }).nullable()
      /** `ai` or `staff`. */
      table.string('resolved_by', 10).nullable()
      table.uuid('order_id').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'channel_id', 'chat_channels', 'SET NULL')
      this.tenantForeign(table, 'customer_id', 'customers', 'SET NULL')
      this.tenantUnique(table, ['visitor_token_hash'])
      table.index(['tenant_id', 'status', 'last_message_at'])
      table.index(['tenant_id', 'customer_id'])
      table.index(['tenant_id', 'cart_id'])
      table.index(['tenant_id', 'assigned_user_id', 'status'])
    })
    this.schema.raw(
      `alter table chat_conversations
         add constraint chat_conversations_mode check (mode in ('bot', 'human', 'passive')),
         add constraint chat_conversations_status check (status in ('open', 'waiting', 'resolved'))`
    )

    this.createTenantTable('chat_messages', (table) => {
      table.uuid('conversation_id').notNullable()
      /** Position in the conversation, 1, 2, 3…: the reconnect cursor. */
      table.integer('seq').notNullable()
      /** `customer`, `bot`, `agent`, `system`. */
      table.string('author', 10).notNullable()
      table.uuid('user_id').nullable()
      table.string('author_name', 80).nullable()
      table.text('body').notNullable()
      /** Product cards shown under the message. */
      table.jsonb('cards').notNullable().defaultTo('[]')
      /** Staff-only notes are never sent to the customer. */
      table.boolean('internal').notNullable().defaultTo(false)
      table.jsonb('meta').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'conversation_id', 'chat_conversations')
      this.tenantUnique(table, ['conversation_id', 'seq'])
    })

    this.createTenantTable('chat_faqs', (table) => {
      table.string('question', 300).notNullable()
      table.text('answer').notNullable()
      table.string('category', 80).nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.integer('priority').notNullable().defaultTo(0)
      table.boolean('active').notNullable().defaultTo(true)
      table.uuid('source_conversation_id').nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'source_conversation_id', 'chat_conversations', 'SET NULL')
      table.index(['tenant_id', 'active', 'priority'])
    })
    this.schema.raw(
      `create or replace function chat_words(text[]) returns text
       language sql immutable parallel safe as $$ select array_to_string($1, ' ') $$`
    )
    this.schema.raw(
      `alter table chat_faqs add column search tsvector generated always as (
         setweight(to_tsvector('simple', coalesce(question, '')), 'A') ||
         setweight(to_tsvector('simple', chat_words(tags)), 'B') ||
         setweight(to_tsvector('simple', coalesce(answer, '')), 'C')
       ) stored`
    )
    this.schema.raw('create index chat_faqs_search on chat_faqs using gin (search)')
    this.schema.raw(
      'create index chat_faqs_question_trgm on chat_faqs using gin (question gin_trgm_ops)'
    )

    this.createTenantTable('chat_canned_responses', (table) => {
      table.string('title', 80).notNullable()
      /** Typed after "/" in the reply box. */
      table.string('shortcut', 40).notNullable()
      table.text('body').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['shortcut'])
    })
  }

  async down() {
    for (const name of [
      'chat_canned_responses',
      'chat_faqs',
      'chat_messages',
      'chat_conversations',
      'chat_channels',
    ]) {
      this.schema.dropTable(name)
    }
    this.schema.raw('drop function if exists chat_words(text[])')
  }
}
