import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Global identity tables: staff sessions, remember-me tokens, password
 * reset tokens, account-level security events and rate-limit counters.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('user_sessions', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('revoked_at', { useTz: true }).nullable()
      table.index(['user_id', 'revoked_at'])
    })

    this.schema.createTable('remember_me_tokens', (table) => {
      table.increments('id')
      table.uuid('tokenable_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('hash').notNullable().unique()
      table.timestamp('created_at', { useTz: true }).notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
    })

    this.schema.createTable('password_resets', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.uuid('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE')
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('used_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['user_id'])
    })

    this.schema.createTable('user_security_events', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.uuid('user_id').nullable().references('id').inTable('users').onDelete('CASCADE')
      table.string('email', 254).nullable()
      table.string('action', 80).notNullable()
      table.jsonb('metadata').notNullable().defaultTo('{}')
      table.string('ip', 64).nullable()
      table.string('user_agent', 512).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.index(['user_id', 'created_at'])
    })

    this.schema.createTable('rate_limits', (table) => {
      table.string('key', 255).primary()
      table.integer('points', 9).notNullable().defaultTo(0)
      table.bigint('expire').unsigned()
    })
  }

  async down() {
    for (const table of [
      'rate_limits',
      'user_security_events',
      'password_resets',
      'remember_me_tokens',
      'user_sessions',
    ]) {
      this.schema.dropTable(table)
    }
  }
}
