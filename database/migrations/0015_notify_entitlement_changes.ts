import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Every committed change to a workspace's subscription notifies
 * `billing_entitlements` with the workspace's id, and every change to a
 * plan with `*`, so each app process (web servers, queue workers) drops
 * the entitlements it cached (billing/entitlements/tenant_entitlements.ts),
 * whatever wrote the row.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw(`
      create function billing_notify_entitlement_change() returns trigger
      language plpgsql as $$
      declare
        subject text;
      begin
        if tg_table_name = 'plans' then
          subject := '*';
        elsif tg_op = 'DELETE' then
          subject := old.tenant_id::text;
        else
          subject := new.tenant_id::text;
        end if;
        perform pg_notify('billing_entitlements', json_build_object('payload', subject)::text);
        return null;
      end
      $$
    `)
    for (const table of ['subscriptions', 'plans']) {
      this.schema.raw(`
        create trigger ${table}_notify_entitlements
        after insert or update or delete on ${table}
        for each row execute function billing_notify_entitlement_change()
      `)
    }
  }

  async down() {
    for (const table of ['subscriptions', 'plans']) {
      this.schema.raw(`drop trigger ${table}_notify_entitlements on ${table}`)
    }
    this.schema.raw('drop function billing_notify_entitlement_change')
  }
}
