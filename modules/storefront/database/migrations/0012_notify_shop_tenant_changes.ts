import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * The page cache (shop/cached_pages.ts) keeps each shop's workspace row and
 * whether its subscription is restricted in memory: a committed change to
 * either notifies `storefront_catalog` with the workspace's id.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      create function storefront_notify_tenant_change() returns trigger
      language plpgsql as $$
      begin
        perform pg_notify('storefront_catalog', json_build_object('payload', old.id)::text);
        return null;
      end
      $$
    `)
    this.schema.raw(`
      create trigger tenants_notify_storefront
      after update or delete on tenants
      for each row execute function storefront_notify_tenant_change()
    `)
    this.schema.raw(`
      create trigger subscriptions_notify_storefront
      after insert or update or delete on subscriptions
      for each row execute function storefront_notify_catalog_change()
    `)
  }

  async down() {
    this.schema.raw('drop trigger subscriptions_notify_storefront on subscriptions')
    this.schema.raw('drop trigger tenants_notify_storefront on tenants')
    this.schema.raw('drop function storefront_notify_tenant_change')
  }
}
