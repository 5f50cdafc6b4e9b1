import { TenantSchema } from '#kernel/tenancy/tenant_schema'

export default class extends TenantSchema {
  async up() {
    /**
     * Domain events and jobs recorded in the same transaction as the change
     * that caused them, and handed to the queue only after it commits.
     */
    this.createTenantTable('outbox_messages', (table) => {
      table.string('kind', 10).notNullable()
      table.string('name', 120).notNullable()
      table.jsonb('payload').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('dispatched_at', { useTz: true }).nullable()
    })
    this.schema.raw(
      `create index outbox_messages_pending on outbox_messages (created_at) where dispatched_at is null`
    )

    /**
     * Side effects jobs already performed (an email sent, a webhook called),
     * so a retried job does not repeat them. Global: platform jobs have
     * side effects too; keys carry the tenant when there is one.
     */
    this.schema.createTable('job_side_effects', (table) => {
      table.string('key', 300).primary()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
  }

  async down() {
    this.schema.dropTable('job_side_effects')
    this.schema.dropTable('outbox_messages')
  }
}
