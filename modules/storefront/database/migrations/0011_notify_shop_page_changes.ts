import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The rest of what the shop's cached pages (shop/cached_pages.ts) are made
 * of: product options, attributes, reviews (approval), content pages, order
 * lines (best sellers) and the workspace's module rows (the shop's settings
 * and theme). A committed change notifies `storefront_catalog` with the
 * workspace's id through migration 0010's function.
 */
const TABLES = [
  'storefront_product_options',
  'storefront_attributes',
  'storefront_reviews',
  'storefront_pages',
  'storefront_order_items',
  'tenant_modules',
]

export default class extends BaseSchema {
  async up() {
    for (const table of TABLES) {
      this.schema.raw(`
        create trigger ${table}_notify_catalog
        after insert or update or delete on ${table}
        for each row execute function storefront_notify_catalog_change()
      `)
    }
  }

  async down() {
    for (const table of TABLES) {
      this.schema.raw(`drop trigger ${table}_notify_catalog on ${table}`)
    }
  }
}
