import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { findTenancyViolations, runtimeRoleBypassesRls } from '#kernel/tenancy/rls_catalog'
import { TenantSchema } from '#kernel/tenancy/tenant_schema'
import { PLATFORM_ROLE } from '#database/roles'

test.group('Tenancy rules in the database catalog', () => {
  test('every table with a tenant_id follows the tenancy rules', async ({ assert }) => {
    const { tables, violations } = await findTenancyViolations(db.connection())
    assert.includeMembers(tables, ['memberships', 'invitations', 'audit_events', 'customers'])
    assert.deepEqual(violations, [])
  })

  test('the application role is subject to row-level security', async ({ assert }) => {
    assert.isFalse(await runtimeRoleBypassesRls(db.connection(), PLATFORM_ROLE))
  })

  test('a table added without the rules is caught', async ({ assert }) => {
    const trx = await db.transaction()
    try {
      await trx.rawQuery(
        `create table careless_things (id uuid primary key, tenant_id uuid not null, code text unique)`
      )
      const { violations } = await findTenancyViolations(trx)
      const rules = violations.filter((v) => v.table === 'careless_things').map((v) => v.rule)
      assert.includeMembers(rules, [
        'row-level security is not enabled',
        'row-level security is not forced',
        'no policy compares tenant_id with app.tenant_id',
        'primary key must be (tenant_id, id)',
        'unique constraint careless_things_code_key does not start with tenant_id',
        'tenant_id does not reference tenants',
      ])
    } finally {
      await trx.rollback()
    }
  })

  test('a table made with the tenant schema helper passes', async ({ assert }) => {
    const trx = await db.transaction()
    try {
      class Migration extends TenantSchema {
        async up() {
          this.createTenantTable('tidy_things', (table) => {
            table.string('code').notNullable()
            this.tenantUnique(table, ['code'])
            table.uuid('member_id').notNullable()
            this.tenantForeign(table, 'member_id', 'memberships')
          })
        }
      }
      const migration = new Migration(trx, 'inline', false)
      await migration.execUp()
      const { violations } = await findTenancyViolations(trx)
      assert.deepEqual(
        violations.filter((v) => v.table === 'tidy_things'),
        []
      )
    } finally {
      await trx.rollback()
    }
  })
})
