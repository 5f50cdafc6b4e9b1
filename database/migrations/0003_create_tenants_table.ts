import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Workspaces. The table is the tenant registry itself, read before any
 * tenant context exists (to resolve a URL or a host), so it is global.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('tenants', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.string('slug', 48).notNullable().unique()
      // Slugs the workspace used before; their URLs redirect to the current one.
      table.specificType('previous_slugs', 'text[]').notNullable().defaultTo('{}')
      table.string('name', 120).notNullable()
      table.string('industry', 20).notNullable().defaultTo('general')
      table.string('country', 2).notNullable()
      table.string('currency', 3).notNullable()
      table.string('timezone', 64).notNullable()
      table.string('locale', 12).notNullable().defaultTo('en')
      table.string('logo_path').nullable()
      table.string('brand_color', 7).notNullable().defaultTo('#ae3ec9')
      table.string('status', 20).notNullable().defaultTo('active')
      table.text('suspended_reason').nullable()
      table.timestamp('suspended_at', { useTz: true }).nullable()
      table.string('custom_domain', 253).nullable().unique()
      table.string('custom_domain_token', 64).nullable()
      table.timestamp('custom_domain_verified_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
    this.schema.raw('create index tenants_previous_slugs on tenants using gin (previous_slugs)')
  }

  async down() {
    this.schema.dropTable('tenants')
  }
}
