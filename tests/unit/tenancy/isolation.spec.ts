import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Membership from '#kernel/identity/models/membership'
import Customer from '#kernel/identity/models/customer'
import Invitation from '#kernel/identity/models/invitation'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import { findTenancyViolations } from '#kernel/tenancy/rls_catalog'
import { MissingTenantContextException } from '#kernel/tenancy/tenant_context'
import { withPlatform, withTenant, withUser } from '#kernel/tenancy/with_tenant'
import { DateTime } from 'luxon'
import { addMember, makeWorkspace } from '#tests/support/factories'

async function seedTenantRows(tenantId: string, label: string) {
  await withTenant(tenantId, async () => {
    await addMember(tenantId, 'agent')
    await Invitation.create({
      email: `${label}-invitee@example.com`,
      role: 'employee',
      expiresAt: DateTime.now().plus({ days: 7 }),
      lastSentAt: DateTime.now(),
    })
    await Customer.create({ email: `${label}@example.com`, name: label, password: 'x-Password-1' })
    await recordAuditEvent({ action: 'test.seeded' })
  })
}

test.group('Tenant isolation in the database', () => {
  test('inside tenant A, every tenant table shows A rows only', async ({ assert }) => {
    const a = await makeWorkspace()
    const b = await makeWorkspace()
    await seedTenantRows(a.tenant.id, 'a')
    await seedTenantRows(b.tenant.id, 'b')
    const { tables } = await findTenancyViolations(db.connection())

    const rowsOfB = await withPlatform('test: count rows of tenant B', async () => {
      const counts: Record<string, number> = {}
      for (const table of tables) {
        const { rows } = await db.rawQuery(
          `select count(*)::int as n from "${table}" where tenant_id = ?`,
          [b.tenant.id]
        )
        counts[table] = rows[0].n
      }
      return counts
    })
    for (const table of ['memberships', 'invitations', 'customers', 'audit_events']) {
      assert.isAbove(rowsOfB[table], 0, `${table} should hold rows of tenant B`)
    }

    await withTenant(a.tenant.id, async () => {
      for (const table of tables) {
        const { rows } = await db.rawQuery(
          `select count(*)::int as foreign_rows from "${table}" where tenant_id <> ?`,
          [a.tenant.id]
        )
        assert.equal(rows[0].foreign_rows, 0, `${table} leaks rows of another tenant`)
      }
    })
  })

  test('inside tenant A, inserting a row for tenant B is refused by the database', async ({
    assert,
  }) => {
    const a = await makeWorkspace()
    const b = await makeWorkspace()
    await seedTenantRows(a.tenant.id, 'a')
    const { tables } = await findTenancyViolations(db.connection())

    await withTenant(a.tenant.id, async () => {
      let attempted = 0
      for (const table of tables) {
        const { rows: columns } = await db.rawQuery(
          `select column_name from information_schema.columns
            where table_schema = 'public' and table_name = ? and column_name <> 'tenant_id'`,
          [table]
        )
        const list = columns.map((column: { column_name: string }) => `"${column.column_name}"`)
        const { rows: sample } = await db.rawQuery(`select 1 from "${table}" limit 1`)
        if (sample.length === 0) {
          continue
        }
        attempted++
        // A copy of one of A's own rows, relabelled as B's.
        const error = await db
          .transaction((savepoint) =>
            savepoint.rawQuery(
              `insert into "${table}" (tenant_id, ${list.join(', ')})
               select ?::uuid, ${list.join(', ')} from "${table}" limit 1`,
              [b.tenant.id]
            )
          )
          .then(() => null)
          .catch((caught) => caught)
        assert.equal(error?.code, '42501', `${table} accepted a row of another tenant`)
      }
      assert.isAtLeast(attempted, 4)
    })
  })

  test('with no tenant set, tenant tables return nothing', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    await seedTenantRows(tenant.id, 'a')
    const { rows } = await db.rawQuery(`select count(*)::int as n from memberships`)
    assert.equal(rows[0].n, 0)
  })

  test('a tenant model used with no tenant throws instead of querying everything', async ({
    assert,
  }) => {
    await assert.rejects(() => Membership.query(), MissingTenantContextException as any)
    await assert.rejects(
      () => Customer.create({ email: 'x@example.com', name: 'X', password: 'secret-Pass-1' }),
      MissingTenantContextException as any
    )
  })

  test('tenant models are scoped and filled with the current tenant', async ({ assert }) => {
    const a = await makeWorkspace()
    const b = await makeWorkspace()
    await seedTenantRows(a.tenant.id, 'a')
    await seedTenantRows(b.tenant.id, 'b')

    await withTenant(a.tenant.id, async () => {
      const customers = await Customer.all()
      assert.lengthOf(customers, 1)
      assert.equal(customers[0].tenantId, a.tenant.id)
      const created = await Customer.create({
        email: 'new@example.com',
        name: 'New',
        password: 'x-Password-1',
      })
      assert.equal(created.tenantId, a.tenant.id)
    })
  })

  test('a person sees their own memberships across workspaces, nothing else', async ({
    assert,
  }) => {
    const a = await makeWorkspace()
    const b = await makeWorkspace({ owner: a.owner })
    const c = await makeWorkspace()
    await withUser(a.owner.id, async () => {
      const { rows } = await db.rawQuery(`select tenant_id from memberships order by tenant_id`)
      assert.sameMembers(
        rows.map((row: { tenant_id: string }) => row.tenant_id),
        [a.tenant.id, b.tenant.id]
      )
      assert.notInclude(
        rows.map((row: { tenant_id: string }) => row.tenant_id),
        c.tenant.id
      )
    })
  })

  test('the audit log is append-only for the application', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    await withTenant(tenant.id, async () => {
      const update = await db
        .transaction((savepoint) =>
          savepoint.rawQuery(`update audit_events set action = 'tampered'`)
        )
        .catch((error) => error)
      assert.equal(update.code, '42501')
      const remove = await db
        .transaction((savepoint) => savepoint.rawQuery(`delete from audit_events`))
        .catch((error) => error)
      assert.equal(remove.code, '42501')
    })
  })
})
