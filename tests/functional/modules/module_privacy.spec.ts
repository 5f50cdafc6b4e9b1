import { test } from '@japa/runner'
import Customer from '#kernel/identity/models/customer'
import { enableModule } from '#kernel/modules/module_lifecycle'
import { eraseCustomerData, exportCustomerData } from '#kernel/modules/module_privacy'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer, makeWorkspace } from '#tests/support/factories'
import AlphaNote from '#tests/fixtures/modules/alpha/alpha_note'

test.group('Module privacy hooks', () => {
  test('export and erasure go through every enabled module, then the account', async ({
    assert,
  }) => {
    const { tenant } = await makeWorkspace()
    const customer = await makeCustomer(tenant.id, 'ada@example.com')
    const other = await makeCustomer(tenant.id, 'grace@example.com')
    await withTenant(tenant.id, async () => {
      await AlphaNote.createMany([
        { body: 'Prefers unscented', customerId: customer.id },
        { body: 'Someone else', customerId: other.id },
      ])
    })

    const before = await withTenant(tenant.id, () => exportCustomerData(customer.id))
    assert.equal(before.customer.email, 'ada@example.com')
    assert.notProperty(before.modules, 'alpha')

    await withTenant(tenant.id, () => enableModule('alpha', { actor: null }))
    const exported = await withTenant(tenant.id, () => exportCustomerData(customer.id))
    assert.deepEqual(exported.modules.alpha, { notes: ['Prefers unscented'] })

    await withTenant(tenant.id, () => eraseCustomerData(customer.id))
    await withTenant(tenant.id, async () => {
      const erased = await Customer.findOrFail(customer.id)
      assert.isNotNull(erased.erasedAt)
      assert.equal(erased.name, 'Erased customer')
      assert.notInclude(erased.email, 'ada')
      assert.isNull(erased.password)
      const notes = await AlphaNote.query().whereNotNull('customer_id')
      assert.deepEqual(
        notes.map((note) => note.body),
        ['Someone else']
      )
    })
  })

  test('one workspace cannot export or erase another one’s customer', async ({ assert }) => {
    const { tenant } = await makeWorkspace()
    const customer = await makeCustomer(tenant.id)
    const other = await makeWorkspace()
    await assert.rejects(() => withTenant(other.tenant.id, () => exportCustomerData(customer.id)))
    await assert.rejects(() => withTenant(other.tenant.id, () => eraseCustomerData(customer.id)))
    const untouched = await withTenant(tenant.id, () => Customer.findOrFail(customer.id))
    assert.isNull(untouched.erasedAt)
  })
})
