import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * Selling: carts, checkouts with their stock reservations, orders with
 * their lines, timeline and refunds, discount codes, shipping and tax.
 * Amounts are integer minor units with the order's currency.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('storefront_carts', (table) => {
      table.uuid('customer_id').nullable()
      table.string('currency', 3).notNullable()
      table.string('discount_code', 40).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'customer_id', 'customers', 'SET NULL')
      table.index(['tenant_id', 'customer_id'])
    })

    this.createTenantTable('storefront_cart_items', (table) => {
      table.uuid('cart_id').notNullable()
      table.uuid('variant_id').notNullable()
      table.integer('quantity').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'cart_id', 'storefront_carts')
      this.tenantForeign(table, 'variant_id', 'storefront_variants')
      this.tenantUnique(table, ['cart_id', 'variant_id'])
    })
    this.schema.raw(
      `alter table storefront_cart_items add constraint storefront_cart_items_quantity check (quantity between 1 and 999)`
    )

    this.createTenantTable('storefront_discounts', (table) => {
      table.string('code', 40).notNullable()
      table.string('kind', 20).notNullable()
      table.bigInteger('value').notNullable()
      table.bigInteger('minimum_subtotal_minor').nullable()
      table.integer('usage_limit').nullable()
      table.integer('per_customer_limit').nullable()
      table.integer('times_used').notNullable().defaultTo(0)
      table.string('applies_to', 20).notNullable().defaultTo('all')
      table.specificType('product_ids', 'uuid[]').notNullable().defaultTo('{}')
      table.specificType('category_ids', 'uuid[]').notNullable().defaultTo('{}')
      table.timestamp('starts_at', { useTz: true }).nullable()
      table.timestamp('ends_at', { useTz: true }).nullable()
      table.boolean('active').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['code'])
    })
    this.schema.raw(
      `alter table storefront_discounts add constraint storefront_discounts_usage check (usage_limit is null or times_used <= usage_limit)`
    )

    this.createTenantTable('storefront_shipping_zones', (table) => {
      table.string('name', 80).notNullable()
      table.specificType('countries', 'text[]').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
    })

    this.createTenantTable('storefront_shipping_rates', (table) => {
      table.uuid('zone_id').notNullable()
      table.string('name', 80).notNullable()
      table.bigInteger('price_minor').notNullable().defaultTo(0)
      table.bigInteger('free_over_minor').nullable()
      table.integer('position').notNullable().defaultTo(0)
      this.tenantForeign(table, 'zone_id', 'storefront_shipping_zones')
    })

    this.createTenantTable('storefront_tax_rates', (table) => {
      table.string('country', 2).notNullable()
      table.string('name', 80).notNullable()
      table.integer('rate_basis_points').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['country'])
    })

    /**
     * A checkout in progress: what is being bought, by whom, and the stock
     * held for it until `reserved_until`.
     */
    this.createTenantTable('storefront_checkouts', (table) => {
      table.uuid('cart_id').notNullable()
      table.uuid('customer_id').nullable()
      table.string('status', 20).notNullable().defaultTo('open')
      table.string('email', 254).nullable()
      table.string('customer_name', 120).nullable()
      table.string('phone', 40).nullable()
      table.jsonb('shipping_address').nullable()
      table.uuid('shipping_rate_id').nullable()
      table.string('discount_code', 40).nullable()
      table.string('payment_method', 30).nullable()
      table.string('stripe_session_id', 120).nullable()
      table.uuid('order_id').nullable()
      table.timestamp('reserved_until', { useTz: true }).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'cart_id', 'storefront_carts')
      this.tenantForeign(table, 'customer_id', 'customers', 'SET NULL')
    })
    this.schema.raw(
      `create index storefront_checkouts_expiring on storefront_checkouts (reserved_until) where status = 'open'`
    )

    this.createTenantTable('storefront_stock_reservations', (table) => {
      table.uuid('checkout_id').notNullable()
      table.uuid('variant_id').notNullable()
      table.integer('quantity').notNullable()
      table.timestamp('released_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'checkout_id', 'storefront_checkouts')
      this.tenantForeign(table, 'variant_id', 'storefront_variants')
    })

    /** Order numbers count up per workspace from 1001. */
    this.createTenantTable('storefront_counters', (table) => {
      table.string('name', 40).notNullable()
      table.bigInteger('value').notNullable()
      this.tenantUnique(table, ['name'])
    })

    this.createTenantTable('storefront_orders', (table) => {
      table.bigInteger('number').notNullable()
      table.uuid('customer_id').nullable()
      table.uuid('checkout_id').nullable()
      table.string('email', 254).notNullable()
      table.string('customer_name', 120).notNullable()
      table.string('phone', 40).nullable()
      table.jsonb('shipping_address').notNullable()
      table.string('currency', 3).notNullable()
      table.boolean('prices_include_tax').notNullable()
      table.bigInteger('subtotal_minor').notNullable()
      table.bigInteger('discount_minor').notNullable().defaultTo(0)
      table.bigInteger('shipping_minor').notNullable().defaultTo(0)
      table.bigInteger('tax_minor').notNullable().defaultTo(0)
      table.bigInteger('total_minor').notNullable()
      table.bigInteger('refunded_minor').notNullable().defaultTo(0)
      table.string('discount_code', 40).nullable()
      table.string('shipping_method', 80).nullable()
      table.string('status', 20).notNullable().defaultTo('pending')
      table.string('payment_status', 30).notNullable().defaultTo('unpaid')
      table.string('fulfillment_status', 20).notNullable().defaultTo('unfulfilled')
      table.string('payment_method', 30).notNullable()
      table.string('stripe_checkout_session_id', 120).nullable()
      table.string('stripe_payment_intent_id', 120).nullable()
      table.string('carrier', 80).nullable()
      table.string('tracking_number', 120).nullable()
      table.string('tracking_url', 500).nullable()
      table.string('source', 30).notNullable().defaultTo('storefront')
      table.timestamp('placed_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('paid_at', { useTz: true }).nullable()
      table.timestamp('fulfilled_at', { useTz: true }).nullable()
      table.timestamp('delivered_at', { useTz: true }).nullable()
      table.timestamp('cancelled_at', { useTz: true }).nullable()
      table.timestamp('anonymized_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['number'])
      this.tenantForeign(table, 'customer_id', 'customers', 'SET NULL')
      this.tenantForeign(table, 'checkout_id', 'storefront_checkouts', 'SET NULL')
      table.index(['tenant_id', 'placed_at'])
      table.index(['tenant_id', 'customer_id', 'placed_at'])
    })
    this.schema.raw(
      `create unique index storefront_orders_stripe_session on storefront_orders (tenant_id, stripe_checkout_session_id) where stripe_checkout_session_id is not null`
    )
    this.schema.raw(
      `create index storefront_orders_search on storefront_orders using gin ((email || ' ' || customer_name) gin_trgm_ops)`
    )

    this.createTenantTable('storefront_order_items', (table) => {
      table.uuid('order_id').notNullable()
      table.uuid('product_id').nullable()
      table.uuid('variant_id').nullable()
      table.string('name', 200).notNullable()
      table.string('variant_title', 200).nullable()
      table.string('sku', 80).nullable()
      table.string('image_path', 300).nullable()
      table.bigInteger('unit_price_minor').notNullable()
      table.integer('quantity').notNullable()
      table.bigInteger('discount_minor').notNullable().defaultTo(0)
      table.bigInteger('tax_minor').notNullable().defaultTo(0)
      table.bigInteger('total_minor').notNullable()
      table.integer('refunded_quantity').notNullable().defaultTo(0)
      this.tenantForeign(table, 'order_id', 'storefront_orders')
      this.tenantForeign(table, 'product_id', 'storefront_products', 'SET NULL')
      this.tenantForeign(table, 'variant_id', 'storefront_variants', 'SET NULL')
      table.index(['tenant_id', 'product_id'])
    })

    this.createTenantTable('storefront_order_events', (table) => {
      table.uuid('order_id').notNullable()
      table.string('kind', 40).notNullable()
      table.text('message').notNullable()
      table.string('actor_label', 254).nullable()
      table.jsonb('metadata').notNullable().defaultTo('{}')
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'order_id', 'storefront_orders')
      table.index(['tenant_id', 'order_id', 'created_at'])
    })

    this.createTenantTable('storefront_refunds', (table) => {
      table.uuid('order_id').notNullable()
      table.bigInteger('amount_minor').notNullable()
      table.string('reason', 300).nullable()
      table.boolean('restock').notNullable().defaultTo(false)
      table.jsonb('lines').notNullable().defaultTo('[]')
      table.string('stripe_refund_id', 120).nullable()
      table.string('created_by', 254).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'order_id', 'storefront_orders')
    })

    this.createTenantTable('storefront_discount_redemptions', (table) => {
      table.uuid('discount_id').notNullable()
      table.uuid('order_id').notNullable()
      table.string('email', 254).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'discount_id', 'storefront_discounts')
      this.tenantForeign(table, 'order_id', 'storefront_orders')
      table.index(['tenant_id', 'discount_id', 'email'])
    })

    /** Stripe events already applied: a replayed webhook changes nothing. */
    this.createTenantTable('storefront_payment_events', (table) => {
      table.string('provider_event_id', 120).notNullable()
      table.string('type', 80).notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['provider_event_id'])
    })
  }

  async down() {
    for (const name of [
      'storefront_payment_events',
      'storefront_discount_redemptions',
      'storefront_refunds',
      'storefront_order_events',
      'storefront_order_items',
      'storefront_orders',
      'storefront_counters',
      'storefront_stock_reservations',
      'storefront_checkouts',
      'storefront_tax_rates',
      'storefront_shipping_rates',
      'storefront_shipping_zones',
      'storefront_discounts',
      'storefront_cart_items',
      'storefront_carts',
    ]) {
      this.schema.dropTable(name)
    }
  }
}
