import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer } from '#tests/support/factories'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import CannedResponse from '#modules/chat/models/canned_response'
import Faq from '#modules/chat/models/faq'
import { seedDemoChat } from '#modules/chat/demo/seed_demo_chat'
import { makeProduct, makeShop } from '#modules/storefront/tests/support/storefront_factories'

function counts(tenantId: string) {
  return withTenant(tenantId, async () => ({
    faqs: (await Faq.all()).length,
    canned: (await CannedResponse.all()).length,
    conversations: (await Conversation.all()).length,
    messages: (await Message.all()).length,
  }))
}

test.group('Chat demo data', () => {
  test('switches the chat on with FAQ, canned responses and two sample conversations, once', async ({
    assert,
  }) => {
    const { tenant } = await makeShop()
    await makeProduct(tenant, { name: 'Hydra Serum', slug: 'hydra-serum' })
    await makeProduct(tenant, { name: 'Night Repair Serum', slug: 'night-repair-serum' })
    const customer = await makeCustomer(tenant.id)

    await withTenant(tenant.id, () => seedDemoChat(tenant, customer.email))

    const first = await counts(tenant.id)
    assert.isAtLeast(first.faqs, 5)
    assert.equal(first.canned, 3)
    assert.equal(first.conversations, 2)
    const [sale, waiting] = await withTenant(tenant.id, () =>
      Conversation.query().orderBy('created_at')
    )
    assert.deepEqual([sale.status, sale.resolvedBy], ['resolved', 'ai'])
    assert.deepEqual([waiting.status, waiting.customerId], ['waiting', customer.id])
    const cards = await withTenant(tenant.id, () =>
      Message.query().where('conversation_id', sale.id).where('author', 'bot').orderBy('seq')
    )
    assert.sameMembers(
      cards[0].cards.map((card) => card.name),
      ['Hydra Serum', 'Night Repair Serum']
    )
    const modules = await withTenant(tenant.id, () =>
      db.from('tenant_modules').where('module_key', 'chat').select('status')
    )
    assert.deepEqual(modules, [{ status: 'enabled' }])

    await withTenant(tenant.id, () => seedDemoChat(tenant, customer.email))
    assert.deepEqual(await counts(tenant.id), first)
  })

  test('the chat’s demo seeder runs after the storefront’s, whose catalog it shows', async ({
    assert,
  }) => {
    const { default: config } = await import('#config/database')
    const paths: string[] = config.connections.postgres.seeders!.paths!
    assert.isAbove(
      paths.indexOf('modules/chat/database/seeders'),
      paths.indexOf('modules/storefront/database/seeders')
    )
    assert.equal(paths[0], 'database/seeders')
  })
})
