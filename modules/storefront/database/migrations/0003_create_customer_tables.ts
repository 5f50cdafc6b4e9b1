import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * What the shop knows about its customers beyond their account: profile
 * (tags, consent), addresses, reviews, wishlists, newsletter sign-ups, and
 * the shop's own content pages.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('storefront_customer_profiles', (table) => {
      table.uuid('customer_id').notNullable()
      table.string('phone', 40).nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.text('note').nullable()
      table.boolean('marketing_consent').notNullable().defaultTo(false)
      table.timestamp('marketing_consent_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'customer_id', 'customers')
      this.tenantUnique(table, ['customer_id'])
    })

    this.createTenantTable('storefront_addresses', (table) => {
      table.uuid('customer_id').notNullable()
      table.string('name', 120).notNullable()
      table.string('line1', 200).notNullable()
      table.string('line2', 200).nullable()
      table.string('city', 120).notNullable()
      table.string('region', 120).nullable()
      table.string('postal_code', 20).notNullable()
      table.string('country', 2).notNullable()
      table.string('phone', 40).nullable()
      table.boolean('is_default').notNullable().defaultTo(false)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'customer_id', 'customers')
      table.index(['tenant_id', 'customer_id'])
    })

    this.createTenantTable('storefront_reviews', (table) => {
      table.uuid('product_id').notNullable()
      table.uuid('customer_id').nullable()
      table.string('author_name', 80).notNullable()
      table.smallint('rating').notNullable()
      table.string('title', 120).nullable()
      table.text('body').notNullable()
      table.specificType('photo_paths', 'text[]').notNullable().defaultTo('{}')
      table.boolean('verified_purchase').notNullable().defaultTo(false)
      table.string('status', 20).notNullable().defaultTo('pending')
      table.timestamp('moderated_at', { useTz: true }).nullable()
      table.string('moderated_by', 254).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'product_id', 'storefront_products')
      this.tenantForeign(table, 'customer_id', 'customers', 'SET NULL')
      table.index(['tenant_id', 'product_id', 'status', 'created_at'])
      table.index(['tenant_id', 'status', 'created_at'])
    })
    this.schema.raw(
      `alter table storefront_reviews add constraint storefront_reviews_rating check (rating between 1 and 5)`
    )

    this.createTenantTable('storefront_wishlist_items', (table) => {
      table.uuid('customer_id').notNullable()
      table.uuid('product_id').notNullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'customer_id', 'customers')
      this.tenantForeign(table, 'product_id', 'storefront_products')
      this.tenantUnique(table, ['customer_id', 'product_id'])
    })

    /** Explicit consent to the newsletter, read by the marketing module. */
    this.createTenantTable('storefront_newsletter_subscribers', (table) => {
      table.string('email', 254).notNullable()
      table.uuid('customer_id').nullable()
      table.string('source', 40).notNullable()
      table.text('consent_text').notNullable()
      table.timestamp('consented_at', { useTz: true }).notNullable()
      table.timestamp('unsubscribed_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'customer_id', 'customers', 'SET NULL')
      this.tenantUnique(table, ['email'])
    })

    this.createTenantTable('storefront_pages', (table) => {
      table.string('slug', 80).notNullable()
      table.string('title', 120).notNullable()
      table.text('body_html').notNullable().defaultTo('')
      table.boolean('published').notNullable().defaultTo(true)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['slug'])
    })
  }

  async down() {
    for (const name of [
      'storefront_pages',
      'storefront_newsletter_subscribers',
      'storefront_wishlist_items',
      'storefront_reviews',
      'storefront_addresses',
      'storefront_customer_profiles',
    ]) {
      this.schema.dropTable(name)
    }
  }
}
