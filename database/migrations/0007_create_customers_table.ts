import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Shoppers of one workspace. The same email may be a customer of two
 * workspaces, with two passwords.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('customers', (table) => {
      table.string('email', 254).notNullable()
      table.string('name', 120).notNullable()
      table.string('password').nullable()
      table.timestamp('email_verified_at', { useTz: true }).nullable()
      table.timestamp('erased_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['email'])
      table.index(['tenant_id', 'created_at'])
    })

    this.createTenantTable('customer_password_resets', (table) => {
      table.uuid('customer_id').notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'customer_id', 'customers')
    })
  }

  async down() {
    this.schema.dropTable('customer_password_resets')
    this.schema.dropTable('customers')
  }
}
