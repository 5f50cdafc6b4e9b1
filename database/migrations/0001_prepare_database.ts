import { BaseSchema } from '@adonisjs/lucid/schema'
import { PLATFORM_ROLE } from '#database/roles'

/**
 * Extensions, the UUIDv7 generator and the platform role every later
 * migration relies on.
 */
export default class extends BaseSchema {
  async up() {
    this.schema.raw('create extension if not exists pg_trgm')

    /**
     * Time-ordered ids (RFC 9562 UUIDv7) as column defaults; PostgreSQL 18
     * has uuidv7() built in, older servers do not.
     */
    this.schema.raw(`
      create or replace function uuid_v7() returns uuid
      language sql volatile parallel safe as $$
        select encode(
          set_bit(
            set_bit(
              overlay(uuid_send(gen_random_uuid())
                placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
                from 1 for 6),
              52, 1),
            53, 1),
          'hex')::uuid
      $$
    `)

    /**
     * Platform-wide work (operator console, cross-tenant jobs) switches to
     * this role inside its transaction (SET LOCAL ROLE); row-level policies
     * admit it. The application role must be able to switch to it but must
     * not inherit it, or those policies would admit every query.
     */
    this.schema.raw(`
      do $$
      begin
        if not exists (select 1 from pg_roles where rolname = '${PLATFORM_ROLE}') then
          create role ${PLATFORM_ROLE} nologin nobypassrls;
        end if;
        if not pg_has_role(current_user, '${PLATFORM_ROLE}', 'member') then
          execute format('grant ${PLATFORM_ROLE} to %I', current_user);
        end if;
        if pg_has_role(current_user, '${PLATFORM_ROLE}', 'usage') then
          if current_setting('server_version_num')::int >= 160000 then
            execute format('grant ${PLATFORM_ROLE} to %I with inherit false, set true', current_user);
          else
            execute format('alter role %I noinherit', current_user);
          end if;
        end if;
      exception when insufficient_privilege then
        raise exception 'The database role % cannot set up the role ${PLATFORM_ROLE}. As an administrator, run once: CREATE ROLE ${PLATFORM_ROLE} NOLOGIN; GRANT ${PLATFORM_ROLE} TO % (on PostgreSQL 16+: WITH INHERIT FALSE, SET TRUE; on 15: ALTER ROLE % NOINHERIT).', current_user, current_user, current_user;
      end
      $$
    `)
    this.schema.raw(
      `alter default privileges in schema public grant select, insert, update, delete, truncate on tables to ${PLATFORM_ROLE}`
    )
    this.schema.raw(
      `alter default privileges in schema public grant usage, select on sequences to ${PLATFORM_ROLE}`
    )
    this.schema.raw(`grant usage on schema public to ${PLATFORM_ROLE}`)
  }

  async down() {
    this.schema.raw('drop function if exists uuid_v7()')
  }
}
