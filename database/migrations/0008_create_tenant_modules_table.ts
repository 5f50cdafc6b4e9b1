import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Which modules each workspace has switched on, their settings, and
 * scheduled purges. A disabled module keeps all its data.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('tenant_modules', (table) => {
      table.string('module_key', 40).notNullable()
      table.string('status', 20).notNullable()
      table.jsonb('settings').notNullable().defaultTo('{}')
      table.timestamp('enabled_at', { useTz: true }).nullable()
      table.timestamp('disabled_at', { useTz: true }).nullable()
      table.timestamp('purge_after', { useTz: true }).nullable()
      table.uuid('purge_requested_by').nullable()
      table.timestamp('purged_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['module_key'])
    })
    this.schema.raw(
      `create index tenant_modules_due_purges on tenant_modules (purge_after) where purge_after is not null and purged_at is null`
    )
  }

  async down() {
    this.schema.dropTable('tenant_modules')
  }
}
