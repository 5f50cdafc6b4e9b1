import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Security- and money-relevant actions in a workspace. Append-only for the
 * application: rows can be added and read, never changed or removed.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable(
      'audit_events',
      (table) => {
        table.string('action', 80).notNullable()
        table.uuid('actor_user_id').nullable()
        table.string('actor_label', 254).nullable()
        table.uuid('impersonator_user_id').nullable()
        table.string('subject_type', 60).nullable()
        table.string('subject_id', 64).nullable()
        table.string('subject_label', 254).nullable()
        table.jsonb('metadata').notNullable().defaultTo('{}')
        table.string('ip', 64).nullable()
        table.string('user_agent', 512).nullable()
        table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
        table.index(['tenant_id', 'created_at'])
        table.index(['tenant_id', 'action', 'created_at'])
      },
      { appendOnly: true }
    )
  }

  async down() {
    this.schema.dropTable('audit_events')
  }
}
