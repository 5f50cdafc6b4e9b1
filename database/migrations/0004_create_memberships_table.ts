import { TenantSchema } from '#kernel/tenancy/tenant_schema'

export default class extends TenantSchema {
  async up() {
    this.createTenantTable(
      'memberships',
      (table) => {
        table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
        table.string('role', 20).notNullable()
        table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
        table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
        this.tenantUnique(table, ['user_id'])
        table.index(['user_id'])
      },
      { visibleToUserThrough: 'user_id' }
    )

    this.createTenantTable('invitations', (table) => {
      table.string('email', 254).notNullable()
      table.string('role', 20).notNullable()
      table.uuid('invited_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('last_sent_at', { useTz: true }).notNullable()
      table.timestamp('accepted_at', { useTz: true }).nullable()
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
    this.schema.raw(
      `create unique index invitations_pending_email on invitations (tenant_id, email) where accepted_at is null and revoked_at is null`
    )

    /**
     * Per-workspace permission sets of the editable roles; a role without a
     * row uses its default set.
     */
    this.createTenantTable('role_permissions', (table) => {
      table.string('role', 20).notNullable()
      table.specificType('permissions', 'text[]').notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['role'])
    })
  }

  async down() {
    this.schema.dropTable('role_permissions')
    this.schema.dropTable('invitations')
    this.schema.dropTable('memberships')
  }
}
