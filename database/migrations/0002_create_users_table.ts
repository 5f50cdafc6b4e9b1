import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * People who work in the product (owners, staff, operators). Global: one
 * login for every workspace a person belongs to.
 */
export default class extends BaseSchema {
  protected tableName = 'users'

  async up() {
    this.schema.createTable(this.tableName, (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.string('name', 120).notNullable()
      table.string('email', 254).notNullable().unique()
      table.string('password').nullable()
      table.timestamp('email_verified_at', { useTz: true }).nullable()
      table.timestamp('disabled_at', { useTz: true }).nullable()
      table.string('platform_role', 20).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
  }

  async down() {
    this.schema.dropTable(this.tableName)
  }
}
