import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Plans, subscriptions, invoices, metered usage and the Stripe webhook log.
 *
 * `plans`, `stripe_events` and `platform_settings` are platform data (the
 * operator console manages them; webhooks arrive before any tenant is
 * known). What belongs to one workspace is a tenant table.
 */
export default class extends TenantSchema {
  async up() {
    this.schema.createTable('plans', (table) => {
      table.uuid('id').primary().defaultTo(this.raw('uuid_v7()'))
      table.string('key', 40).notNullable().unique()
      table.string('name', 80).notNullable()
      table.text('description').notNullable().defaultTo('')
      table.string('currency', 3).notNullable()
      table.integer('monthly_price_minor').notNullable()
      table.integer('yearly_price_minor').notNullable()
      table.integer('trial_days').notNullable().defaultTo(14)
      table.jsonb('modules').notNullable().defaultTo('[]')
      /** Metric → limit; a metric left out is unlimited. */
      table.jsonb('limits').notNullable().defaultTo('{}')
      table.boolean('is_public').notNullable().defaultTo(true)
      table.boolean('is_default').notNullable().defaultTo(false)
      table.integer('sort_order').notNullable().defaultTo(0)
      table.string('stripe_product_id').nullable()
      table.string('stripe_monthly_price_id').nullable()
      table.string('stripe_yearly_price_id').nullable()
      table.timestamp('archived_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
    this.schema.raw(
      `create unique index plans_one_default on plans (is_default) where is_default and archived_at is null`
    )

    this.createTenantTable('subscriptions', (table) => {
      table.uuid('plan_id').notNullable().references('id').inTable('plans')
      table.string('interval', 5).notNullable().defaultTo('month')
      /** trialing, active, past_due, canceled, incomplete (Stripe's words). */
      table.string('status', 20).notNullable()
      table.timestamp('trial_ends_at', { useTz: true }).nullable()
      table.timestamp('current_period_start', { useTz: true }).notNullable()
      table.timestamp('current_period_end', { useTz: true }).notNullable()
      table.boolean('cancel_at_period_end').notNullable().defaultTo(false)
      table.string('stripe_customer_id').nullable()
      table.string('stripe_subscription_id').nullable()
      /**
       * When Stripe produced the state stored here (the event's `created`):
       * an older event arriving late never overwrites a newer state.
       */
      table.timestamp('stripe_state_at', { useTz: true }).nullable()
      table.timestamp('past_due_since', { useTz: true }).nullable()
      table.timestamp('restricted_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.unique(['tenant_id'])
      table.index(['stripe_customer_id'])
      table.index(['stripe_subscription_id'])
    })

    this.createTenantTable('billing_invoices', (table) => {
      table.string('stripe_invoice_id').notNullable()
      table.string('number').nullable()
      table.string('status', 20).notNullable()
      table.string('currency', 3).notNullable()
      table.integer('amount_due_minor').notNullable()
      table.integer('amount_paid_minor').notNullable()
      table.text('hosted_invoice_url').nullable()
      table.text('invoice_pdf_url').nullable()
      table.timestamp('period_start', { useTz: true }).nullable()
      table.timestamp('period_end', { useTz: true }).nullable()
      table.timestamp('issued_at', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['stripe_invoice_id'])
      table.index(['tenant_id', 'issued_at'])
    })

    this.createTenantTable('usage_counters', (table) => {
      table.string('metric', 40).notNullable()
      /** Start of the billing period the quantity was used in. */
      table.timestamp('period_start', { useTz: true }).notNullable()
      table.bigInteger('quantity').notNullable().defaultTo(0)
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['metric', 'period_start'])
    })

    this.schema.createTable('stripe_events', (table) => {
      table.string('id').primary()
      table.string('type', 80).notNullable()
      table.string('account', 80).nullable()
      /** When Stripe created the event. */
      table.timestamp('stripe_created_at', { useTz: true }).notNullable()
      table.jsonb('payload').notNullable()
      /** pending, processed, failed, ignored. */
      table.string('status', 12).notNullable().defaultTo('pending')
      table.text('error').nullable()
      table.integer('attempts').notNullable().defaultTo(0)
      table.timestamp('received_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('processed_at', { useTz: true }).nullable()
      table.index(['received_at'])
      table.index(['status', 'received_at'])
    })

    this.schema.createTable('platform_settings', (table) => {
      table.string('key', 60).primary()
      table.jsonb('value').notNullable()
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })
  }

  async down() {
    for (const table of [
      'platform_settings',
      'stripe_events',
      'usage_counters',
      'billing_invoices',
      'subscriptions',
      'plans',
    ]) {
      this.schema.dropTable(table)
    }
  }
}
