import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type Tenant from '#kernel/tenancy/models/tenant'
import type User from '#kernel/identity/models/user'
import StaffNotification from '#kernel/notifications/staff_notification'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember, makeCustomer } from '#tests/support/factories'
import Channel from '#modules/chat/models/channel'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { handOffToHuman } from '#modules/chat/conversations/handoff'
import { receiveCustomerMessage } from '#modules/chat/conversations/customer_message'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

async function waitingConversation(tenant: Tenant, text: string, visitorName?: string) {
  const { conversation } = await makeConversation(tenant, visitorName ? { visitorName } : {})
  await withTenant(tenant.id, async () => {
    const found = await Conversation.findOrFail(conversation.id)
    await receiveCustomerMessage(found, text)
    await handOffToHuman(found, { by: 'customer' })
  })
  await replies.settled()
  return conversation
}

const reload = (tenant: Tenant, id: string) =>
  withTenant(tenant.id, () => Conversation.findOrFail(id))

function act(client: ApiClient, user: User, url: string, data: Record<string, unknown> = {}) {
  return client.post(url).json(data).loginAs(user).withCsrfToken().accept('json').redirects(0)
}

const names = (response: { inertiaProps: any }) =>
  response.inertiaProps.conversations.map((row: { name: string }) => row.name)

test.group('Chat inbox', (group) => {
  group.each.teardown(() => replies.settled())

  test('tabs list the queue oldest first, mine, open, resolved; search and unread counts', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const first = await waitingConversation(tenant, 'Where is my parcel?', 'Ada')
    await waitingConversation(tenant, 'Do you ship to Lisbon?', 'Grace')
    const { conversation: quiet } = await makeConversation(tenant, { visitorName: 'Linus' })
    await withTenant(tenant.id, async () =>
      receiveCustomerMessage(await Conversation.findOrFail(quiet.id), 'Just browsing')
    )
    await replies.settled()
    const base = `/app/${tenant.slug}/chat/inbox`
    const get = (qs = '') => client.get(`${base}${qs}`).loginAs(owner).withInertia()

    const waiting = await get()
    waiting.assertInertiaComponent('chat/inbox/index')
    assert.deepEqual(names(waiting), ['Ada', 'Grace'])
    assert.deepEqual(waiting.inertiaProps.counts, { waiting: 2, mine: 0 })
    assert.equal(waiting.inertiaProps.conversations[0].unread, 1)
    assert.equal(waiting.inertiaProps.conversations[0].preview, 'Where is my parcel?')

    assert.deepEqual(names(await get('?tab=open')), ['Linus'])
    assert.sameMembers(names(await get('?tab=all')), ['Ada', 'Grace', 'Linus'])
    assert.deepEqual(names(await get('?tab=all&q=lisbon')), ['Grace'])
    assert.deepEqual(names(await get('?tab=mine')), [])

    ;(await act(client, owner, `${base}/${first.id}/take-over`)).assertStatus(302)
    assert.deepEqual(names(await get('?tab=mine')), ['Ada'])
    assert.deepEqual(names(await get('?tab=waiting')), ['Grace'])

    const page = await client.get(`${base}/${first.id}`).loginAs(owner).withInertia()
    page.assertInertiaComponent('chat/inbox/show')
    assert.equal(page.inertiaProps.conversation.mode, 'human')
    const opened = await reload(tenant, first.id)
    assert.equal(opened.staffReadSeq, opened.lastSeq)
    assert.equal((await get('?tab=mine')).inertiaProps.conversations[0].unread, 0)

    ;(await act(client, owner, `${base}/${first.id}/resolve`)).assertStatus(302)
    assert.deepEqual(names(await get('?tab=resolved')), ['Ada'])

    const bad = await client.get(`${base}?tab=everything`).loginAs(owner).accept('json')
    bad.assertStatus(422)
  })

  test('an agent reply takes over and reaches the customer; notes never do', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop()
    const agent = await addMember(tenant.id, 'agent')
    const channel = await withTenant(tenant.id, () =>
      Channel.query().where('kind', 'widget').firstOrFail()
    )
    const opened = await client
      .post(`/chat/w/${channel.publicKey}/conversation`)
      .header('origin', 'https://blog.example.org')
      .accept('json')
    opened.assertStatus(201)
    const { token, conversation } = opened.body() as { token: string; conversation: { id: string } }
    ;(
      await client
        .post(`/chat/w/${channel.publicKey}/messages`)
        .bearerToken(token)
        .header('origin', 'https://blog.example.org')
        .accept('json')
        .json({ body: 'Is the serum vegan?' })
    ).assertStatus(201)
    await replies.settled()

    const url = `/app/${tenant.slug}/chat/inbox/${conversation.id}`
    ;(await act(client, agent, `${url}/note`, { body: 'VIP, be extra kind' })).assertStatus(302)
    ;(await act(client, agent, `${url}/reply`, { body: 'Yes, it is vegan.' })).assertStatus(302)
    ;(await act(client, agent, `${url}/reply`, { body: '   ' })).assertStatus(422)

    const found = await reload(tenant, conversation.id)
    assert.equal(found.mode, 'human')
    assert.equal(found.assignedUserId, agent.id)
    assert.isNotNull(found.firstHumanReplyAt)

    const seen = await client
      .get(`/chat/w/${channel.publicKey}/messages`)
      .bearerToken(token)
      .header('origin', 'https://blog.example.org')
      .accept('json')
    seen.assertStatus(200)
    const bodies = seen.body().messages.map((message: { body: string }) => message.body)
    assert.include(bodies, 'Yes, it is vegan.')
    assert.include(bodies, `${agent.name} joined the conversation`)
    assert.notInclude(bodies, 'VIP, be extra kind')

    const note = await withTenant(tenant.id, () =>
      Message.query()
        .where('conversation_id', conversation.id)
        .where('internal', true)
        .firstOrFail()
    )
    assert.equal(note.body, 'VIP, be extra kind')
    assert.equal(note.userId, agent.id)
  })

  test('tags, assignment to self and to others, handback and reopen over HTTP', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const agent = await addMember(tenant.id, 'agent')
    const employee = await addMember(tenant.id, 'employee')
    const conversation = await waitingConversation(tenant, 'Refund please')
    const url = `/app/${tenant.slug}/chat/inbox/${conversation.id}`

    ;(await act(client, agent, `${url}/tags`, { tags: ['Refund', 'vip'] })).assertStatus(302)
    assert.deepEqual((await reload(tenant, conversation.id)).tags, ['refund', 'vip'])
    const tooMany = Array.from({ length: 11 }, (_, index) => `tag${index}`)
    ;(await act(client, agent, `${url}/tags`, { tags: tooMany })).assertStatus(422)
    ;(await act(client, agent, `${url}/tags`, { tags: ['<b>'] })).assertStatus(422)

    ;(await act(client, agent, `${url}/assign`, { user_id: agent.id })).assertStatus(302)
    assert.equal((await reload(tenant, conversation.id)).assignedUserId, agent.id)
    ;(await act(client, agent, `${url}/assign`, { user_id: owner.id })).assertStatus(403)
    ;(await act(client, owner, `${url}/assign`, { user_id: employee.id })).assertStatus(422)
    ;(await act(client, owner, `${url}/assign`, { user_id: 'nope' })).assertStatus(422)
    ;(await act(client, owner, `${url}/assign`, { user_id: owner.id })).assertStatus(302)
    ;(await act(client, owner, `${url}/assign`, { user_id: agent.id })).assertStatus(302)
    assert.equal((await reload(tenant, conversation.id)).assignedUserId, agent.id)
    const notified = await withTenant(tenant.id, () =>
      StaffNotification.query().where('kind', 'chat.assigned')
    )
    assert.deepEqual(
      notified.map((notification) => notification.userId),
      [agent.id]
    )

    ;(await act(client, agent, `${url}/take-over`)).assertStatus(302)
    ;(await act(client, agent, `${url}/hand-back`)).assertStatus(302)
    assert.equal((await reload(tenant, conversation.id)).mode, 'passive')
    ;(await act(client, agent, `${url}/resolve`)).assertStatus(302)
    ;(await act(client, agent, `${url}/reopen`)).assertStatus(302)
    const reopened = await reload(tenant, conversation.id)
    assert.equal(reopened.status, 'open')
    assert.equal(reopened.mode, 'bot')
    ;(await act(client, agent, `${url}/hand-off`)).assertStatus(302)
    assert.equal((await reload(tenant, conversation.id)).status, 'waiting')
    ;(await act(client, agent, `${url}/typing`)).assertStatus(204)
  })

  test('members without chat permissions can neither see nor act', async ({ client, assert }) => {
    const { tenant } = await makeChatShop()
    const employee = await addMember(tenant.id, 'employee')
    const conversation = await waitingConversation(tenant, 'Hello')
    const base = `/app/${tenant.slug}/chat/inbox`
    ;(await client.get(base).loginAs(employee).accept('json')).assertStatus(403)
    ;(await client.get(`${base}/${conversation.id}`).loginAs(employee).accept('json')).assertStatus(
      403
    )
    for (const action of ['reply', 'note', 'take-over', 'resolve', 'assign', 'tags']) {
      const response = await act(client, employee, `${base}/${conversation.id}/${action}`, {
        body: 'x',
      })
      assert.equal(response.status(), 403, action)
    }
    assert.equal((await reload(tenant, conversation.id)).status, 'waiting')
  })

  test('staff of one workspace cannot list, see, answer or assign another’s conversations', async ({
    client,
    assert,
  }) => {
    const shopA = await makeChatShop()
    const shopB = await makeChatShop()
    const theirs = await waitingConversation(shopB.tenant, 'Secret question', 'Bea')
    await waitingConversation(shopA.tenant, 'Our question', 'Ann')

    const list = await client
      .get(`/app/${shopA.tenant.slug}/chat/inbox?tab=all`)
      .loginAs(shopA.owner)
      .withInertia()
    assert.deepEqual(names(list), ['Ann'])

    const inA = `/app/${shopA.tenant.slug}/chat/inbox/${theirs.id}`
    ;(await client.get(inA).loginAs(shopA.owner).accept('json')).assertStatus(404)
    for (const [action, data] of [
      ['reply', { body: 'hi' }],
      ['note', { body: 'hi' }],
      ['take-over', {}],
      ['assign', { user_id: shopA.owner.id }],
      ['resolve', {}],
    ] as const) {
      const response = await act(client, shopA.owner, `${inA}/${action}`, data)
      assert.equal(response.status(), 404, action)
    }
    const inB = `/app/${shopB.tenant.slug}/chat/inbox/${theirs.id}`
    ;(await client.get(inB).loginAs(shopA.owner).accept('json')).assertStatus(404)

    const untouched = await reload(shopB.tenant, theirs.id)
    assert.equal(untouched.status, 'waiting')
    assert.isNull(untouched.assignedUserId)
    assert.isNull(untouched.firstHumanReplyAt)
  })

  test('the sidebar shows a signed-in customer’s identity and orders', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const customer = await makeCustomer(tenant.id, 'ada@example.com')
    const { conversation } = await makeConversation(tenant, { customerId: customer.id })
    await withTenant(tenant.id, async () =>
      receiveCustomerMessage(await Conversation.findOrFail(conversation.id), 'Hi')
    )
    await replies.settled()
    const page = await client
      .get(`/app/${tenant.slug}/chat/inbox/${conversation.id}`)
      .loginAs(owner)
      .withInertia()
    assert.equal(page.inertiaProps.customer.email, 'ada@example.com')
    assert.equal(page.inertiaProps.customer.ordersCount, 0)
    assert.deepEqual(page.inertiaProps.customer.recentOrders, [])
    assert.isNull(page.inertiaProps.cart)
  })
})
