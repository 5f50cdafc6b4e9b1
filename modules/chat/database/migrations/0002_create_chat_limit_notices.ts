import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Staff are told once per billing period that the assistant ran out of AI
 * messages: one row per period told.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('chat_limit_notices', (table) => {
      table.timestamp('period_start', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['period_start'])
    })
  }

  async down() {
    this.schema.dropTable('chat_limit_notices')
  }
}
