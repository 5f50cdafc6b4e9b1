import { TenantSchema } from '#kernel/tenancy/tenant_schema'

export default class extends TenantSchema {
  async up() {
    /**
     * The notification centre of each staff member in each workspace.
     */
    this.createTenantTable('staff_notifications', (table) => {
      table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('kind', 80).notNullable()
      table.string('title', 200).notNullable()
      table.string('body', 1000).nullable()
      table.string('url', 500).nullable()
      table.timestamp('read_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
    this.schema.raw(
      `create index staff_notifications_inbox on staff_notifications (tenant_id, user_id, created_at desc)`
    )
    this.schema.raw(
      `create index staff_notifications_unread on staff_notifications (tenant_id, user_id) where read_at is null`
    )

    /**
     * Per kind of notification, whether a member also wants it by email
     * (`{ "<kind>": "email" | "in_app" }`); kinds not listed use their
     * default.
     */
    this.schema.alterTable('memberships', (table) => {
      table.jsonb('notification_channels').notNullable().defaultTo('{}')
    })
  }

  async down() {
    this.schema.alterTable('memberships', (table) => {
      table.dropColumn('notification_channels')
    })
    this.schema.dropTable('staff_notifications')
  }
}
