import { BaseSchema } from '@adonisjs/lucid/schema'

const TABLES = ['storefront_products', 'storefront_product_images', 'storefront_categories']

/**
 * Every committed change to a workspace's products, product images or
 * categories notifies `storefront_catalog` with the workspace's id, so
 * app servers drop the catalog responses they cached (api/
 * catalog_generations.ts). Variant stock and prices reach the product row
 * through its own trigger, so they notify too. PostgreSQL sends identical
 * notifications of one transaction once.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      create function storefront_notify_catalog_change() returns trigger
      language plpgsql as $$
      declare
        tenant uuid;
      begin
        if tg_op = 'DELETE' then tenant := old.tenant_id; else tenant := new.tenant_id; end if;
        perform pg_notify('storefront_catalog', json_build_object('payload', tenant)::text);
        return null;
      end
      $$
    `)
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
    this.schema.raw('drop function storefront_notify_catalog_change')
  }
}
