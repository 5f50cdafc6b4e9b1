import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import transmit from '@adonisjs/transmit/services/main'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import Channel from '#modules/chat/models/channel'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { chatChannels, type ConversationEvent } from '#modules/chat/conversations/live'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

async function openWidget(client: ApiClient, tenant: Tenant) {
  const channel = await withTenant(tenant.id, () =>
    Channel.query().where('kind', 'widget').firstOrFail()
  )
  const key = channel.publicKey
  const opened = await client.post(`/chat/w/${key}/conversation`).accept('json')
  opened.assertStatus(201)
  const { token, conversation } = opened.body() as { token: string; conversation: { id: string } }
  const post = (path: string, body: Record<string, unknown> = {}) =>
    client.post(`/chat/w/${key}${path}`).bearerToken(token).accept('json').json(body)
  return { key, token, id: conversation.id, post }
}

function eventsOf(tenantId: string, conversationId: string) {
  const events: ConversationEvent[] = []
  const channel = chatChannels.conversation(tenantId, conversationId)
  const stop = transmit.on('broadcast', (broadcast) => {
    if (broadcast.channel === channel) events.push(broadcast.payload as ConversationEvent)
  })
  return { events, stop }
}

test.group('Chat widget: typing, read state, a person, the cart', (group) => {
  group.each.teardown(() => replies.settled())

  test('typing and read receipts reach the conversation’s channel', async ({ client, assert }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-typing' })
    const widget = await openWidget(client, tenant)
    const live = eventsOf(tenant.id, widget.id)
    try {
      ;(await widget.post('/typing')).assertStatus(204)
      assert.deepInclude(live.events, { type: 'typing', who: 'customer', name: null })

      const sent = await widget.post('/messages', { body: 'Hello' })
      const seq = sent.body().message.seq
      const read = await widget.post('/read', { seq: seq + 50 })
      read.assertStatus(200)
      // Never past the last message.
      const conversation = await withTenant(tenant.id, () => Conversation.findOrFail(widget.id))
      assert.equal(read.body().customerReadSeq, conversation.lastSeq)
      assert.deepInclude(live.events, { type: 'read', by: 'customer', seq: conversation.lastSeq })
      const backwards = await widget.post('/read', { seq: 0 })
      assert.equal(backwards.body().customerReadSeq, conversation.lastSeq)
      ;(await widget.post('/read', { seq: 'soon' })).assertStatus(422)
    } finally {
      live.stop()
    }
  })

  test('“talk to a person” puts the conversation in the queue and says so', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-person' })
    const widget = await openWidget(client, tenant)
    const response = await widget.post('/handoff')
    response.assertStatus(200)
    assert.equal(response.body().status, 'waiting')
    const notice = await withTenant(tenant.id, () =>
      Message.query().where('conversation_id', widget.id).where('author', 'system').firstOrFail()
    )
    const listed = await client
      .get(`/chat/w/${widget.key}/messages`)
      .bearerToken(widget.token)
      .accept('json')
    assert.include(
      listed.body().messages.map((message: { body: string }) => message.body),
      notice.body
    )
  })

  test('a card’s product goes into the conversation’s cart; a bad one is refused', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-cart' })
    const cream = await makeProduct(tenant, { name: 'Hydrating Cream', stock: 1 })
    const widget = await openWidget(client, tenant)
    const added = await widget.post('/cart', { variantId: cream.variants[0].id })
    added.assertStatus(200)
    assert.equal(added.body().cart.itemCount, 1)
    const conversation = await withTenant(tenant.id, () => Conversation.findOrFail(widget.id))
    assert.isNotNull(conversation.cartId)

    const tooMany = await widget.post('/cart', { variantId: cream.variants[0].id })
    tooMany.assertStatus(422)
    assert.isString(tooMany.body().errors[0].message)
    ;(await widget.post('/cart', { variantId: 'not-an-id' })).assertStatus(422)

    // Another workspace's product is not for sale here.
    const other = await makeChatShop({ slug: 'widget-cart-other' })
    const foreign = await makeProduct(other.tenant, { name: 'Foreign Serum' })
    const refused = await widget.post('/cart', { variantId: foreign.variants[0].id })
    refused.assertStatus(422)
  })
})
