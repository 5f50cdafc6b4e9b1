import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The operator console's own data, all of it platform data:
 *
 * - `impersonations`: an operator acting as a tenant user, time-boxed. The
 *   workspace column is `target_tenant_id`, not `tenant_id`: the row is
 *   read on every request of the impersonating browser before any tenant
 *   scope exists, and belongs to the platform, not to the workspace;
 * - `platform_figure_snapshots`: one row a day of the business figures
 *   (MRR, subscriptions by state), for the chart over time;
 * - `tenants.last_activity_at`: when staff last used the back office,
 *   written at most once an hour per workspace;
 * - `audit_events.impersonator_label`: the operator's email next to the
 *   user's, so a workspace's audit log reads "operator X as user Y" even
 *   after the operator's account is gone.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.createTable('impersonations', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.uuid('operator_user_id').notNullable().references('id').inTable('users')
      table.uuid('user_id').notNullable().references('id').inTable('users')
      table
        .uuid('target_tenant_id')
        .notNullable()
        .references('id')
        .inTable('tenants')
        .onDelete('CASCADE')
      table.text('reason').notNullable()
      table.timestamp('started_at', { useTz: true }).notNullable()
      table.timestamp('expires_at', { useTz: true }).notNullable()
      table.timestamp('ended_at', { useTz: true }).nullable()
      /** ended (by the operator) or expired. */
      table.string('end_reason', 12).nullable()
      table.index(['target_tenant_id', 'started_at'])
      table.index(['operator_user_id', 'started_at'])
    })

    this.schema.createTable('platform_figure_snapshots', (table) => {
      table.date('day').primary()
      /** Currency → monthly recurring revenue in minor units. */
      table.jsonb('mrr').notNullable().defaultTo('{}')
      table.integer('active').notNullable()
      table.integer('trialing').notNullable()
      table.integer('past_due').notNullable()
      table.integer('churned').notNullable()
      table.integer('tenants').notNullable()
      table.timestamp('taken_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.schema.alterTable('tenants', (table) => {
      table.timestamp('last_activity_at', { useTz: true }).nullable()
    })

    this.schema.alterTable('audit_events', (table) => {
      table.string('impersonator_label', 254).nullable()
    })
  }

  async down() {
    this.schema.alterTable('audit_events', (table) => {
      table.dropColumn('impersonator_label')
    })
    this.schema.alterTable('tenants', (table) => {
      table.dropColumn('last_activity_at')
    })
    this.schema.dropTable('platform_figure_snapshots')
    this.schema.dropTable('impersonations')
  }
}
