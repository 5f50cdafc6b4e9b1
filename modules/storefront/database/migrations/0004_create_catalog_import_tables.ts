import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * CSV imports of the catalog (their rows, progress and per-row report),
 * and when each variant last raised a low-stock alert, so staff hear
 * about a variant once per drop below its product's threshold.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('storefront_catalog_imports', (table) => {
      table.uuid('user_id').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.string('file_name', 200).notNullable()
      table.string('mode', 20).notNullable()
      table.string('status', 20).notNullable().defaultTo('queued')
      table.jsonb('rows').notNullable().defaultTo('[]')
      table.integer('total_rows').notNullable().defaultTo(0)
      table.integer('processed_rows').notNullable().defaultTo(0)
      table.integer('imported_rows').notNullable().defaultTo(0)
      table.jsonb('row_errors').notNullable().defaultTo('[]')
      table.text('message').nullable()
      table.timestamp('finished_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['tenant_id', 'created_at'])
    })

    this.schema.alterTable('storefront_variants', (table) => {
      table.timestamp('low_stock_alerted_at', { useTz: true }).nullable()
    })
  }

  async down() {
    this.schema.alterTable('storefront_variants', (table) => {
      table.dropColumn('low_stock_alerted_at')
    })
    this.schema.dropTable('storefront_catalog_imports')
  }
}
