import drive from '@adonisjs/drive/services/main'
import db from '@adonisjs/lucid/services/db'
import type { ModuleHook } from '#kernel/modules/define_module'
import { storefrontFilesPrefix } from '#modules/storefront/catalog/storage_paths'

/** Children before parents: foreign keys are checked on every delete. */
const TABLES = [
  'storefront_payment_events',
  'storefront_discount_redemptions',
  'storefront_refunds',
  'storefront_order_events',
  'storefront_order_items',
  'storefront_orders',
  'storefront_stock_reservations',
  'storefront_checkouts',
  'storefront_cart_items',
  'storefront_carts',
  'storefront_counters',
  'storefront_reviews',
  'storefront_wishlist_items',
  'storefront_newsletter_subscribers',
  'storefront_addresses',
  'storefront_customer_profiles',
  'storefront_discounts',
  'storefront_shipping_rates',
  'storefront_shipping_zones',
  'storefront_tax_rates',
  'storefront_pages',
  'storefront_catalog_imports',
  'storefront_product_images',
  'storefront_variants',
  'storefront_product_options',
  'storefront_products',
  'storefront_categories',
  'storefront_attributes',
]

/**
 * Deletes everything the shop stored for the workspace: its rows (row-level
 * security keeps the deletes to this workspace) and its uploaded files.
 */
const onPurge: ModuleHook = async ({ tenantId }) => {
  for (const table of TABLES) {
    await db.from(table).delete()
  }
  await drive.use().deleteAll(storefrontFilesPrefix(tenantId))
}

export default onPurge
