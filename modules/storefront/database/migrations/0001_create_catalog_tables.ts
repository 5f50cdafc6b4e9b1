import { TenantSchema } from '#kernel/tenancy/tenant_schema'

/**
 * The catalog: nested categories, the workspace's product attributes,
 * products with options, variants (price, SKU and stock each) and images.
 * Every product has at least one variant; a product without options has a
 * single default variant.
 */
export default class extends TenantSchema {
  async up() {
    this.createTenantTable('storefront_categories', (table) => {
      table.uuid('parent_id').nullable()
      table.string('name', 120).notNullable()
      table.string('slug', 140).notNullable()
      table.text('description').nullable()
      table.integer('position').notNullable().defaultTo(0)
      table.string('image_path', 300).nullable()
      table.string('seo_title', 160).nullable()
      table.string('seo_description', 320).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['slug'])
      this.tenantForeign(table, 'parent_id', 'storefront_categories', 'SET NULL')
    })

    /**
     * What products of this workspace are described by (the Beauty preset:
     * ingredients, skin types, concerns, finish). Values live on products.
     */
    this.createTenantTable('storefront_attributes', (table) => {
      table.string('key', 60).notNullable()
      table.string('label', 80).notNullable()
      table.string('kind', 20).notNullable()
      table.specificType('options', 'text[]').notNullable().defaultTo('{}')
      table.boolean('filterable').notNullable().defaultTo(true)
      table.integer('position').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['key'])
    })

    this.createTenantTable('storefront_products', (table) => {
      table.uuid('category_id').nullable()
      table.string('name', 200).notNullable()
      table.string('slug', 220).notNullable()
      table.text('description_html').notNullable().defaultTo('')
      table.string('status', 20).notNullable().defaultTo('draft')
      table.string('currency', 3).notNullable()
      table.bigInteger('price_minor').notNullable()
      table.bigInteger('compare_at_minor').nullable()
      table.string('sku', 80).nullable()
      table.string('barcode', 80).nullable()
      table.integer('weight_grams').nullable()
      table.string('seo_title', 160).nullable()
      table.string('seo_description', 320).nullable()
      table.specificType('tags', 'text[]').notNullable().defaultTo('{}')
      table.jsonb('attributes').notNullable().defaultTo('{}')
      table.boolean('track_inventory').notNullable().defaultTo(true)
      table.integer('low_stock_threshold').notNullable().defaultTo(5)
      table.integer('stock_available').notNullable().defaultTo(0)
      table.integer('review_count').notNullable().defaultTo(0)
      table.decimal('rating_average', 3, 2).nullable()
      table.timestamp('published_at', { useTz: true }).nullable()
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantUnique(table, ['slug'])
      this.tenantForeign(table, 'category_id', 'storefront_categories', 'SET NULL')
    })
    // array_to_string is only STABLE in general; on text[] it cannot vary.
    this.schema.raw(`
      create function storefront_words(text[]) returns text
      language sql immutable parallel safe as $$ select array_to_string($1, ' ') $$
    `)
    this.schema.raw(`
      alter table storefront_products add column search_vector tsvector generated always as (
        setweight(to_tsvector('simple', name), 'A') ||
        setweight(to_tsvector('simple', storefront_words(tags) || ' ' || coalesce(sku, '')), 'B') ||
        setweight(to_tsvector('simple', regexp_replace(description_html, '<[^>]*>', ' ', 'g')), 'C')
      ) stored
    `)
    this.schema.raw(
      `create index storefront_products_listing on storefront_products (tenant_id, status, category_id, published_at desc, id)`
    )
    this.schema.raw(
      `create index storefront_products_search on storefront_products using gin (search_vector)`
    )
    this.schema.raw(
      `create index storefront_products_name_trgm on storefront_products using gin (name gin_trgm_ops)`
    )
    this.schema.raw(
      `create index storefront_products_attributes on storefront_products using gin (attributes jsonb_path_ops)`
    )

    this.createTenantTable('storefront_product_options', (table) => {
      table.uuid('product_id').notNullable()
      table.string('name', 60).notNullable()
      table.integer('position').notNullable().defaultTo(0)
      table.specificType('values', 'text[]').notNullable().defaultTo('{}')
      this.tenantForeign(table, 'product_id', 'storefront_products')
      this.tenantUnique(table, ['product_id', 'name'])
    })

    this.createTenantTable('storefront_variants', (table) => {
      table.uuid('product_id').notNullable()
      table.string('title', 200).notNullable().defaultTo('Default')
      table.specificType('option_values', 'text[]').notNullable().defaultTo('{}')
      table.string('sku', 80).nullable()
      table.string('barcode', 80).nullable()
      table.bigInteger('price_minor').notNullable()
      table.bigInteger('compare_at_minor').nullable()
      table.integer('weight_grams').nullable()
      table.integer('stock_on_hand').notNullable().defaultTo(0)
      table.integer('stock_reserved').notNullable().defaultTo(0)
      table.integer('position').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'product_id', 'storefront_products')
      table.index(['tenant_id', 'product_id', 'position'])
    })
    // Never more reserved than on hand: concurrent checkouts of the last
    // units cannot both reserve them.
    this.schema.raw(
      `alter table storefront_variants add constraint storefront_variants_stock_reservable check (stock_reserved >= 0 and stock_reserved <= stock_on_hand)`
    )
    // The product row carries what listings sort and filter on: its lowest
    // variant price and the units available across its variants.
    this.schema.raw(`
      create function storefront_refresh_product_stock() returns trigger
      language plpgsql as $$
      declare
        target uuid := coalesce(new.product_id, old.product_id);
        tenant uuid := coalesce(new.tenant_id, old.tenant_id);
      begin
        update storefront_products p set
          stock_available = coalesce(v.available, 0),
          price_minor = coalesce(v.lowest_price, p.price_minor)
        from (
          select sum(greatest(stock_on_hand - stock_reserved, 0))::int as available,
                 min(price_minor) as lowest_price
            from storefront_variants
           where tenant_id = tenant and product_id = target
        ) v
        where p.tenant_id = tenant and p.id = target;
        return null;
      end
      $$
    `)
    this.schema.raw(`
      create trigger storefront_variants_refresh_product
      after insert or delete or update of stock_on_hand, stock_reserved, price_minor
      on storefront_variants for each row execute function storefront_refresh_product_stock()
    `)
    this.schema.raw(
      `create unique index storefront_variants_sku on storefront_variants (tenant_id, sku) where sku is not null`
    )

    this.createTenantTable('storefront_product_images', (table) => {
      table.uuid('product_id').notNullable()
      table.string('path', 300).notNullable()
      table.string('thumbnail_path', 300).notNullable()
      table.string('medium_path', 300).notNullable()
      table.string('alt', 200).notNullable().defaultTo('')
      table.integer('width').notNullable()
      table.integer('height').notNullable()
      table.integer('position').notNullable().defaultTo(0)
      table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(this.now())
      this.tenantForeign(table, 'product_id', 'storefront_products')
      table.index(['tenant_id', 'product_id', 'position'])
    })
  }

  async down() {
    this.schema.dropTable('storefront_product_images')
    this.schema.dropTable('storefront_variants')
    this.schema.raw('drop function storefront_refresh_product_stock')
    this.schema.dropTable('storefront_product_options')
    this.schema.dropTable('storefront_products')
    this.schema.raw('drop function storefront_words')
    this.schema.dropTable('storefront_attributes')
    this.schema.dropTable('storefront_categories')
  }
}
