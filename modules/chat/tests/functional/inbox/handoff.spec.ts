import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import type Tenant from '#kernel/tenancy/models/tenant'
import StaffNotification from '#kernel/notifications/staff_notification'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import { runQueuedJobs } from '#tests/support/queue'
import { probeEvent } from '#modules/storefront/tests/support/event_probe'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { handOffToHuman } from '#modules/chat/conversations/handoff'
import { handBack, takeOver } from '#modules/chat/conversations/takeover'
import { reopen, resolveConversation } from '#modules/chat/conversations/resolve'
import { receiveCustomerMessage } from '#modules/chat/conversations/customer_message'
import { replyAsAgent } from '#modules/chat/inbox/agent_reply'
import { replies } from '#modules/chat/assistant/reply_runner'
import {
  configureChat,
  makeChatShop,
  makeConversation,
} from '#modules/chat/tests/support/chat_factories'

/** Runs `work` on a fresh copy of the conversation in its workspace. */
function inConversation<T>(
  tenant: Tenant,
  id: string,
  work: (conversation: Conversation) => Promise<T>
) {
  return withTenant(tenant.id, async () => work(await Conversation.findOrFail(id)))
}

async function conversationWithMessage(tenant: Tenant) {
  const { conversation } = await makeConversation(tenant)
  await inConversation(tenant, conversation.id, (found) =>
    receiveCustomerMessage(found, 'Is the rose balm good for dry lips?')
  )
  await replies.settled()
  return conversation
}

const systemMessages = (tenant: Tenant, id: string) =>
  withTenant(tenant.id, () =>
    Message.query().where('conversation_id', id).where('author', 'system').orderBy('seq')
  )

test.group('Chat hand-off and takeover', (group) => {
  group.each.teardown(() => replies.settled())

  test('a hand-off puts the conversation in the queue once, tells the customer and notifies staff', async ({
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const agent = await addMember(tenant.id, 'agent')
    const employee = await addMember(tenant.id, 'employee')
    const { id } = await conversationWithMessage(tenant)

    assert.isTrue(
      await inConversation(tenant, id, (conversation) =>
        handOffToHuman(conversation, { by: 'customer' })
      )
    )
    assert.isFalse(
      await inConversation(tenant, id, (conversation) =>
        handOffToHuman(conversation, { by: 'assistant', reason: 'asked again' })
      )
    )

    const conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.status, 'waiting')
    assert.equal(conversation.mode, 'bot')
    assert.isNotNull(conversation.handedOffAt)
    const system = await systemMessages(tenant, id)
    assert.lengthOf(system, 1)
    assert.equal(system[0].body, 'A person from our team will answer you here shortly.')
    assert.isFalse(system[0].internal)

    const notified = await withTenant(tenant.id, () =>
      StaffNotification.query().where('kind', 'chat.handoff')
    )
    assert.sameMembers(
      notified.map((notification) => notification.userId),
      [owner.id, agent.id]
    )
    assert.notInclude(
      notified.map((notification) => notification.userId),
      employee.id
    )
    assert.equal(notified[0].url, `/app/${tenant.slug}/chat/inbox/${id}`)
  })

  test('outside business hours the customer is told when the team answers', async ({ assert }) => {
    const { tenant } = await makeChatShop()
    const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
    const inTwoDays = DateTime.now().setZone(tenant.timezone).plus({ days: 2 })
    const day = weekdays[inTwoDays.weekday - 1]
    await configureChat(tenant, {
      businessHours: { enabled: true, days: { [day]: { open: '09:00', close: '17:00' } } },
    })
    const { id } = await conversationWithMessage(tenant)
    await inConversation(tenant, id, (conversation) =>
      handOffToHuman(conversation, { by: 'customer' })
    )
    const [notice] = await systemMessages(tenant, id)
    assert.include(notice.body, 'Our team is away now')
    assert.include(
      notice.body,
      `we answer from ${inTwoDays.setLocale('en').toFormat('cccc')} 09:00`
    )
  })

  test('round-robin gives each hand-off to the agent given one least recently', async ({
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const ada = await addMember(tenant.id, 'agent')
    const grace = await addMember(tenant.id, 'agent')
    await addMember(tenant.id, 'employee')
    await configureChat(tenant, { autoAssign: 'round_robin' })

    const assigned: string[] = []
    for (let index = 0; index < 4; index++) {
      const { id } = await conversationWithMessage(tenant)
      await inConversation(tenant, id, (conversation) =>
        handOffToHuman(conversation, { by: 'customer' })
      )
      const conversation = await inConversation(tenant, id, async (found) => found)
      assigned.push(conversation.assignedUserId!)
    }
    assert.sameMembers(assigned.slice(0, 3), [owner.id, ada.id, grace.id])
    assert.equal(assigned[3], assigned[0])

    const toAssignee = await withTenant(tenant.id, () =>
      StaffNotification.query().where('kind', 'chat.assigned').where('user_id', assigned[1])
    )
    assert.lengthOf(toAssignee, 1)
  })

  test('takeover silences the assistant; handback makes it passive', async ({ assert }) => {
    const { tenant, owner } = await makeChatShop()
    const { id } = await conversationWithMessage(tenant)
    await inConversation(tenant, id, (conversation) =>
      handOffToHuman(conversation, { by: 'customer' })
    )

    await inConversation(tenant, id, (conversation) => takeOver(conversation, owner))
    let conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.mode, 'human')
    assert.equal(conversation.status, 'open')
    assert.equal(conversation.assignedUserId, owner.id)

    const before = await inConversation(tenant, id, async (found) => found.lastSeq)
    await inConversation(tenant, id, (found) => receiveCustomerMessage(found, 'Hello?'))
    await replies.settled()
    const after = await withTenant(tenant.id, () =>
      Message.query().where('conversation_id', id).where('seq', '>', before).orderBy('seq')
    )
    assert.deepEqual(
      after.map((message) => message.author),
      ['customer']
    )

    await inConversation(tenant, id, (found) => handBack(found, owner))
    conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.mode, 'passive')
    const system = await systemMessages(tenant, id)
    assert.include(system.at(-2)!.body, `${owner.name} joined the conversation`)
    assert.include(system.at(-1)!.body, 'the assistant can help you again')
  })

  test('resolve and reopen; a resolved conversation the customer writes to opens without the queue', async ({
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const resolved = probeEvent('chat.conversation.resolved')
    const aiResolved = probeEvent('chat.conversation.ai_resolved')

    const { id } = await conversationWithMessage(tenant)
    await inConversation(tenant, id, (found) => handOffToHuman(found, { by: 'customer' }))
    await inConversation(tenant, id, (found) => takeOver(found, owner))
    await inConversation(tenant, id, (found) =>
      resolveConversation(found, { by: 'staff', userId: owner.id })
    )
    let conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.status, 'resolved')
    assert.equal(conversation.resolvedBy, 'staff')
    assert.equal(conversation.mode, 'bot')

    await inConversation(tenant, id, (found) => reopen(found, owner))
    conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.status, 'open')
    assert.isNull(conversation.resolvedAt)

    await inConversation(tenant, id, (found) =>
      resolveConversation(found, { by: 'staff', userId: owner.id })
    )
    await inConversation(tenant, id, (found) => receiveCustomerMessage(found, 'One more thing'))
    await replies.settled()
    conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.status, 'open')
    assert.equal(conversation.mode, 'bot')

    const botOnly = await conversationWithMessage(tenant)
    await inConversation(tenant, botOnly.id, (found) => resolveConversation(found, { by: 'ai' }))

    await runQueuedJobs()
    assert.sameDeepMembers(
      resolved.map(({ conversationId, by }) => ({ conversationId, by })),
      [
        { conversationId: id, by: 'staff' },
        { conversationId: id, by: 'staff' },
        { conversationId: botOnly.id, by: 'ai' },
      ]
    )
    assert.deepEqual(
      aiResolved.map(({ conversationId }) => conversationId),
      [botOnly.id]
    )
  })

  test('the first agent reply is the first response time, counted from the hand-off', async ({
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const firstResponses = probeEvent('chat.conversation.first_response')
    const { id } = await conversationWithMessage(tenant)
    const handedOffAt = DateTime.now().minus({ seconds: 90 })
    await inConversation(tenant, id, async (found) => {
      await handOffToHuman(found, { by: 'customer' })
      found.handedOffAt = handedOffAt
      await found.save()
    })

    await inConversation(tenant, id, (found) => replyAsAgent(found, owner, 'Hi, Ada here'))
    await inConversation(tenant, id, (found) => replyAsAgent(found, owner, 'Let me check'))
    const conversation = await inConversation(tenant, id, async (found) => found)
    assert.equal(conversation.mode, 'human')
    assert.isNotNull(conversation.firstHumanReplyAt)

    // Never handed off: counted from the customer's first message.
    const direct = await conversationWithMessage(tenant)
    const wroteAt = DateTime.now().minus({ seconds: 45 })
    await withTenant(tenant.id, () =>
      Message.query()
        .where('conversation_id', direct.id)
        .where('author', 'customer')
        .update({ created_at: wroteAt.toJSDate() })
    )
    await inConversation(tenant, direct.id, (found) => replyAsAgent(found, owner, 'Hello!'))
    const directReply = (await inConversation(tenant, direct.id, async (found) => found))
      .firstHumanReplyAt!

    await runQueuedJobs()
    assert.sameDeepMembers(
      firstResponses.map(({ conversationId, userId, seconds }) => ({
        conversationId,
        userId,
        seconds,
      })),
      [
        {
          conversationId: id,
          userId: owner.id,
          seconds: Math.round(conversation.firstHumanReplyAt!.diff(handedOffAt).as('seconds')),
        },
        {
          conversationId: direct.id,
          userId: owner.id,
          seconds: Math.round(directReply.diff(wroteAt).as('seconds')),
        },
      ]
    )
    assert.isAtLeast(firstResponses[0].seconds, 45)
  })
})
