import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import StaffNotification from '#kernel/notifications/staff_notification'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { seedPlans, subscribeTenant } from '#tests/support/billing_factories'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import {
  configureChat,
  makeChatShop,
  makeConversation,
} from '#modules/chat/tests/support/chat_factories'
import Faq from '#modules/chat/models/faq'
import { assistantAvailability } from '#modules/chat/assistant/availability'
import { encryptGeminiKey } from '#modules/chat/settings/chat_settings'
import {
  botMessages,
  customerWrites,
  geminiFake,
  reloadConversation,
  repliesDone,
  withoutGeminiKey,
} from '#modules/chat/tests/functional/assistant/assistant_helpers'

async function shopWithKnowledge(slug?: string) {
  const workspace = await makeChatShop({ slug })
  await withTenant(workspace.tenant.id, () =>
    Faq.create({
      question: 'How long does shipping take?',
      answer: 'Orders ship within 2 working days and arrive in 3 to 5 days.',
      tags: ['delivery'],
      priority: 0,
      active: true,
    })
  )
  await makeProduct(workspace.tenant, { name: 'Shipping Box Gift Set', slug: 'gift-set' })
  return workspace
}

test.group('Assistant: basic mode', () => {
  test('without a Gemini key it answers from the FAQ and the catalog, and offers a person', async ({
    assert,
    cleanup,
  }) => {
    withoutGeminiKey(cleanup)
    const { tenant } = await shopWithKnowledge()
    const { conversation } = await makeConversation(tenant)
    assert.deepEqual(await withTenant(tenant.id, () => assistantAvailability()), {
      mode: 'basic',
      reason: 'no_key',
    })

    await customerWrites(tenant, conversation.id, 'how long does shipping take')
    await repliesDone()
    const [reply] = await botMessages(tenant, conversation.id)
    assert.include(reply.body, 'Orders ship within 2 working days')
    assert.include(reply.body, 'talk to a person')
    assert.deepEqual(reply.meta, { basic: true, reason: 'no_key' })
    assert.deepEqual(
      reply.cards.map((card) => card.name),
      ['Shipping Box Gift Set']
    )

    await customerWrites(tenant, conversation.id, 'I want to talk to a person')
    await repliesDone()
    assert.equal((await reloadConversation(tenant, conversation.id)).status, 'waiting')
  })

  test("the workspace's own Gemini key is used, also when the platform has none", async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup, { apiKey: 'workspace-key', platformKey: null })
    const { tenant } = await makeChatShop()
    const { conversation } = await makeConversation(tenant)
    await configureChat(tenant, { geminiApiKeyEncrypted: encryptGeminiKey('workspace-key') })
    assert.deepEqual(await withTenant(tenant.id, () => assistantAvailability()), {
      mode: 'ai',
      reason: null,
    })
    gemini.queue({ text: 'Hello from the model.' })
    await customerWrites(tenant, conversation.id, 'Hello')
    await repliesDone()
    assert.deepEqual(
      gemini.requests.map((request) => request.apiKey),
      ['workspace-key']
    )
    const [reply] = await botMessages(tenant, conversation.id)
    assert.equal(reply.body, 'Hello from the model.')
  })

  test('over the AI message limit: basic answers and one notice to the owner', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    await seedPlans()
    const { tenant, owner } = await shopWithKnowledge()
    await subscribeTenant(tenant.id, 'starter')
    await withTenant(tenant.id, async () => {
      const meter = await app.container.make(UsageMeter)
      const { limit } = await meter.usage('ai_messages')
      await meter.record('ai_messages', limit!)
    })
    const { conversation } = await makeConversation(tenant)
    assert.deepEqual(await withTenant(tenant.id, () => assistantAvailability()), {
      mode: 'basic',
      reason: 'limit',
    })

    await customerWrites(tenant, conversation.id, 'How long does shipping take?')
    await repliesDone()
    await customerWrites(tenant, conversation.id, 'And to France?')
    await repliesDone()

    assert.lengthOf(gemini.requests, 0)
    const replies = await botMessages(tenant, conversation.id)
    assert.lengthOf(replies, 2)
    assert.deepEqual(replies[0].meta, { basic: true, reason: 'limit' })
    assert.include(replies[0].body, 'Orders ship within 2 working days')
    const notices = await withTenant(tenant.id, () =>
      StaffNotification.query().where('kind', 'chat.ai_limit_reached')
    )
    assert.deepEqual(
      notices.map((notice) => notice.userId),
      [owner.id]
    )
  })

  test('a failing model gets the basic answer instead, never a dead end', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant } = await shopWithKnowledge()
    const { conversation } = await makeConversation(tenant)
    gemini.queue({ error: { status: 503 } })
    await customerWrites(tenant, conversation.id, 'How long does shipping take?')
    await repliesDone()
    const [reply] = await botMessages(tenant, conversation.id)
    assert.include(reply.body, 'Orders ship within 2 working days')
    assert.deepEqual(reply.meta, { basic: true, fallback: 'model_error' })
    assert.lengthOf(gemini.requests, 1)
  })
})
