import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { disableModule } from '#kernel/modules/module_lifecycle'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import { probeEvent } from '#modules/storefront/tests/support/event_probe'
import Conversation from '#modules/chat/models/conversation'
import ResolveIdleConversationsJob from '#modules/chat/jobs/resolve_idle_conversations_job'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

async function quietFor(
  tenant: Tenant,
  hours: number,
  fields: Parameters<typeof makeConversation>[1] = {},
  extra: Partial<Pick<Conversation, 'handedOffAt'>> = {}
) {
  const { conversation } = await makeConversation(tenant, fields)
  await withTenant(tenant.id, async () => {
    conversation.merge({ lastMessageAt: DateTime.now().minus({ hours }), ...extra })
    await conversation.save()
  })
  return conversation
}

function statusOf(tenant: Tenant, conversation: Conversation) {
  return withTenant(tenant.id, async () => {
    const fresh = await Conversation.findOrFail(conversation.id)
    return [fresh.status, fresh.resolvedBy]
  })
}

test.group('Chat analytics: idle conversations', () => {
  test('conversations only the assistant handled are resolved by it after a quiet day', async ({
    assert,
  }) => {
    const aiResolved = probeEvent('chat.conversation.ai_resolved')
    const { tenant } = await makeChatShop()
    const idleBot = await quietFor(tenant, 25)
    const idlePassive = await quietFor(tenant, 30, { mode: 'passive' })
    const recent = await quietFor(tenant, 2)
    const handedOff = await quietFor(
      tenant,
      26,
      { mode: 'passive' },
      { handedOffAt: DateTime.now().minus({ hours: 27 }) }
    )
    const waiting = await quietFor(tenant, 40, { status: 'waiting' })
    const withPerson = await quietFor(tenant, 40, { mode: 'human' })

    await ResolveIdleConversationsJob.dispatch({})
    await runQueuedJobs()

    assert.deepEqual(await statusOf(tenant, idleBot), ['resolved', 'ai'])
    assert.deepEqual(await statusOf(tenant, idlePassive), ['resolved', 'ai'])
    for (const untouched of [recent, handedOff, withPerson]) {
      assert.deepEqual(await statusOf(tenant, untouched), ['open', null])
    }
    assert.deepEqual(await statusOf(tenant, waiting), ['waiting', null])
    assert.sameMembers(
      aiResolved.map((event) => event.conversationId),
      [idleBot.id, idlePassive.id]
    )
  })

  test('each workspace is handled in its own scope; one with the chat off is left alone', async ({
    assert,
  }) => {
    const on = await makeChatShop()
    const off = await makeChatShop()
    const idleOn = await quietFor(on.tenant, 25)
    const idleOff = await quietFor(off.tenant, 25)
    await withTenant(off.tenant.id, () => disableModule('chat', { actor: null }))

    await ResolveIdleConversationsJob.dispatch({})
    await runQueuedJobs()

    assert.deepEqual(await statusOf(on.tenant, idleOn), ['resolved', 'ai'])
    assert.deepEqual(await statusOf(off.tenant, idleOff), ['open', null])
  })
})
