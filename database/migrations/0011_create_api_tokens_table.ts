import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * A workspace's API tokens. The token is what tells which workspace an API
 * request is for, so the table is read before any tenant scope exists and
 * is global; each row belongs to a workspace through `tokenable_id`.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('api_tokens', (table) => {
      table.increments('id')
      table
        .uuid('tokenable_id')
        .notNullable()
        .references('id')
        .inTable('tenants')
        .onDelete('CASCADE')
      table.string('type').notNullable()
      table.string('name', 80).nullable()
      table.string('hash').notNullable()
      table.text('abilities').notNullable()
      table.uuid('created_by').nullable().references('id').inTable('users').onDelete('SET NULL')
      table.timestamp('created_at', { useTz: true })
      table.timestamp('updated_at', { useTz: true })
      table.timestamp('last_used_at', { useTz: true }).nullable()
      table.timestamp('expires_at', { useTz: true }).nullable()
      table.index(['tokenable_id'])
    })
  }

  async down() {
    this.schema.dropTable('api_tokens')
  }
}
