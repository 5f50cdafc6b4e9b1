import { test } from '@japa/runner'
import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { withTenant } from '#kernel/tenancy/with_tenant'
import type Conversation from '#modules/chat/models/conversation'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

test.group('Chat analytics: the month in figures', () => {
  test('the settings page counts this month’s conversations of its own workspace', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const other = await makeChatShop()
    const now = DateTime.now()
    const set = async (
      workspace: typeof tenant,
      fields: Partial<
        Pick<
          Conversation,
          'status' | 'resolvedBy' | 'handedOffAt' | 'firstHumanReplyAt' | 'orderId' | 'createdAt'
        >
      >
    ) => {
      const { conversation } = await makeConversation(workspace)
      await withTenant(workspace.id, async () => {
        conversation.merge(fields)
        await conversation.save()
      })
    }
    await set(tenant, { status: 'resolved', resolvedBy: 'ai', orderId: randomUUID() })
    await set(tenant, { status: 'resolved', resolvedBy: 'ai' })
    await set(tenant, {
      status: 'resolved',
      resolvedBy: 'staff',
      handedOffAt: now.minus({ minutes: 10 }),
      firstHumanReplyAt: now.minus({ minutes: 8 }),
    })
    await set(tenant, {
      status: 'waiting',
      handedOffAt: now.minus({ minutes: 10 }),
      firstHumanReplyAt: now.minus({ minutes: 6 }),
    })
    await set(tenant, { createdAt: now.minus({ months: 2 }), status: 'resolved', resolvedBy: 'ai' })
    await set(other.tenant, { status: 'resolved', resolvedBy: 'ai', orderId: randomUUID() })

    const page = await client.get(`/app/${tenant.slug}/chat/settings`).loginAs(owner).withInertia()
    assert.deepEqual(page.inertiaProps.stats, {
      conversations: 4,
      resolved: 3,
      aiResolved: 2,
      handedOff: 2,
      medianFirstResponseSeconds: 180,
      orders: 1,
    })
  })
})
