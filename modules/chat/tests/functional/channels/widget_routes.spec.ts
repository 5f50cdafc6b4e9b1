import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { channels } from '#kernel/realtime/channels'
import { openLiveStream } from '#tests/support/live'
import Channel from '#modules/chat/models/channel'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { chatChannels } from '#modules/chat/conversations/live'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

async function widgetKey(tenant: Tenant) {
  const channel = await withTenant(tenant.id, () =>
    Channel.query().where('kind', 'widget').firstOrFail()
  )
  return channel.publicKey
}

async function openWidget(client: ApiClient, key: string) {
  const response = await client
    .post(`/chat/w/${key}/conversation`)
    .header('origin', 'https://blog.example.org')
    .accept('json')
  response.assertStatus(201)
  return response.body() as { token: string; conversation: { id: string; channel: string } }
}

function send(client: ApiClient, key: string, token: string, body: unknown) {
  return client
    .post(`/chat/w/${key}/messages`)
    .bearerToken(token)
    .header('origin', 'https://blog.example.org')
    .accept('json')
    .json({ body })
}

test.group('Chat widget routes', (group) => {
  // The assistant answers after the request; let it finish before the next test.
  group.each.teardown(() => replies.settled())

  test('start a conversation, send, and list what came after a cursor', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-start' })
    const key = await widgetKey(tenant)
    const opened = await openWidget(client, key)
    assert.match(opened.token, /^[A-Za-z0-9_-]{40,}$/)
    assert.equal(
      opened.conversation.channel,
      chatChannels.conversation(tenant.id, opened.conversation.id)
    )

    const first = await send(client, key, opened.token, '  Do you ship to Portugal?  ')
    first.assertStatus(201)
    assert.equal(first.body().message.body, 'Do you ship to Portugal?')
    const second = await send(client, key, opened.token, 'And to Spain?')
    second.assertStatus(201)

    const after = await client
      .get(`/chat/w/${key}/messages`)
      .qs({ after: first.body().message.seq })
      .bearerToken(opened.token)
      .accept('json')
    after.assertStatus(200)
    const bodies = after.body().messages.map((message: { body: string }) => message.body)
    assert.include(bodies, 'And to Spain?')
    assert.notInclude(bodies, 'Do you ship to Portugal?')
    assert.isFalse(after.body().hasMore)

    const conversation = await withTenant(tenant.id, () =>
      Conversation.findOrFail(opened.conversation.id)
    )
    assert.equal(conversation.channelKind, 'widget')
    assert.isNull(conversation.customerId)

    const resumed = await client
      .post(`/chat/w/${key}/conversation`)
      .bearerToken(opened.token)
      .accept('json')
    resumed.assertStatus(200)
    assert.equal(resumed.body().conversation.id, opened.conversation.id)
    assert.notProperty(resumed.body(), 'token')
  })

  test('a token opens its own conversation only', async ({ client, assert }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-tokens' })
    const key = await widgetKey(tenant)
    const x = await openWidget(client, key)
    const y = await openWidget(client, key)
    await send(client, key, y.token, 'Private to Y').then((r) => r.assertStatus(201))

    const asX = await client.get(`/chat/w/${key}/messages`).bearerToken(x.token).accept('json')
    asX.assertStatus(200)
    assert.notInclude(
      asX.body().messages.map((message: { body: string }) => message.body),
      'Private to Y'
    )
    const forged = await send(client, key, 'A'.repeat(43), 'Hello')
    forged.assertStatus(401)
    const none = await client.get(`/chat/w/${key}/messages`).accept('json')
    none.assertStatus(401)

    // A storefront conversation's token is not a widget conversation's.
    const { token: shopToken } = await makeConversation(tenant, { channelKind: 'storefront' })
    const wrongChannel = await send(client, key, shopToken, 'Hello')
    wrongChannel.assertStatus(401)
  })

  test('workspace A’s widget key never reaches workspace B’s conversations', async ({
    client,
    assert,
  }) => {
    const a = await makeChatShop({ slug: 'widget-iso-a' })
    const b = await makeChatShop({ slug: 'widget-iso-b' })
    const keyA = await widgetKey(a.tenant)
    const keyB = await widgetKey(b.tenant)
    const inB = await openWidget(client, keyB)

    const crossed = await send(client, keyA, inB.token, 'Hello from A')
    crossed.assertStatus(401)
    const read = await client.get(`/chat/w/${keyA}/messages`).bearerToken(inB.token).accept('json')
    read.assertStatus(401)

    // B's tenant with a random part that is not B's key.
    const forgedKey = `${keyB.slice(0, 36)}${'x'.repeat(16)}`
    const forged = await client.post(`/chat/w/${forgedKey}/conversation`).accept('json')
    forged.assertStatus(404)
    const count = await withTenant(a.tenant.id, () => Conversation.query().count('* as total'))
    assert.equal(Number(count[0].$extras.total), 0)
  })

  test('malformed, unknown or inactive keys are 404', async ({ client }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-keys' })
    const key = await widgetKey(tenant)
    for (const bad of ['nope', 'wk_123_abc', `wk_${'0'.repeat(32)}_${'a'.repeat(16)}`]) {
      const response = await client.post(`/chat/w/${bad}/conversation`).accept('json')
      response.assertStatus(404)
    }
    await withTenant(tenant.id, () =>
      Channel.query().where('public_key', key).update({ active: false })
    )
    const inactive = await client.post(`/chat/w/${key}/conversation`).accept('json')
    inactive.assertStatus(404)
  })

  test('a channel limited to some sites refuses the others', async ({ client }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-origins' })
    const key = await widgetKey(tenant)
    await withTenant(tenant.id, async () => {
      const channel = await Channel.findByOrFail('public_key', key)
      channel.settings = { ...channel.settings, allowedOrigins: ['https://allowed.example'] }
      await channel.save()
    })
    const allowed = await client
      .post(`/chat/w/${key}/conversation`)
      .header('origin', 'https://allowed.example')
      .accept('json')
    allowed.assertStatus(201)
    const other = await client
      .post(`/chat/w/${key}/conversation`)
      .header('origin', 'https://elsewhere.example')
      .accept('json')
    other.assertStatus(404)
  })

  test('other origins may call the widget routes (preflight), without credentials', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-cors' })
    const key = await widgetKey(tenant)
    const preflight = await client
      .options(`/chat/w/${key}/messages`)
      .header('origin', 'https://blog.example.org')
      .header('access-control-request-method', 'POST')
      .header('access-control-request-headers', 'authorization,content-type')
    assert.equal(preflight.header('access-control-allow-origin'), '*')
    assert.include(preflight.header('access-control-allow-methods'), 'POST')
    assert.include(
      String(preflight.header('access-control-allow-headers')).toLowerCase(),
      'authorization'
    )
    assert.notEqual(preflight.header('access-control-allow-credentials'), 'true')

    const script = await client.get('/chat/widget.js').header('origin', 'https://blog.example.org')
    script.assertStatus(200)
    assert.include(script.header('content-type'), 'javascript')
    assert.include(script.text(), 'modules/chat/ui/widget/main.ts')
    const again = await client
      .get('/chat/widget.js')
      .header('if-none-match', String(script.header('etag')))
    again.assertStatus(304)

    // The shop's own (cookie) routes stay closed to other origins.
    const shop = await client
      .options('/s/widget-cors/chat/messages')
      .header('origin', 'https://blog.example.org')
      .header('access-control-request-method', 'POST')
    assert.isUndefined(shop.header('access-control-allow-origin'))
  })

  test('an empty or too long message is refused with a clear message', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-length' })
    const key = await widgetKey(tenant)
    const { token } = await openWidget(client, key)
    const empty = await send(client, key, token, '   ')
    empty.assertStatus(422)
    assert.equal(empty.body().errors[0].message, 'Write a message first.')
    const long = await send(client, key, token, 'a'.repeat(2001))
    long.assertStatus(422)
    assert.equal(long.body().errors[0].message, 'A message can be at most 2000 characters long.')
    const exact = await send(client, key, token, 'a'.repeat(2000))
    exact.assertStatus(201)
  })

  test('a flood of messages in one conversation gets 429 with Retry-After', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-flood' })
    const key = await widgetKey(tenant)
    const { token } = await openWidget(client, key)
    for (let index = 0; index < 10; index++) {
      const response = await send(client, key, token, `Message ${index}`)
      response.assertStatus(201)
    }
    const refused = await send(client, key, token, 'One too many')
    refused.assertStatus(429)
    assert.isAbove(Number(refused.header('retry-after')), 0)
    assert.match(refused.body().message, /Too many attempts\. Try again in \d+ seconds?\./)
    const stored = await withTenant(tenant.id, () =>
      Message.query().where('author', 'customer').count('* as total')
    )
    assert.equal(Number(stored[0].$extras.total), 10)
  })

  test('messages per address are limited across conversations', async ({ client, assert }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-address' })
    const key = await widgetKey(tenant)
    const conversations = [await openWidget(client, key), await openWidget(client, key)]
    for (let index = 0; index < 20; index++) {
      const { token } = conversations[index % 2]
      const response = await send(client, key, token, `Message ${index}`)
      response.assertStatus(201)
    }
    const third = await openWidget(client, key)
    const refused = await send(client, key, third.token, 'From the same address')
    refused.assertStatus(429)
    assert.isAbove(Number(refused.header('retry-after')), 0)
  })

  test('a new conversation per address is limited too', async ({ client }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-starts' })
    const key = await widgetKey(tenant)
    for (let index = 0; index < 20; index++) await openWidget(client, key)
    const refused = await client.post(`/chat/w/${key}/conversation`).accept('json')
    refused.assertStatus(429)
  })

  test('the live channel is heard with the conversation token, from any site', async ({
    client,
    assert,
  }) => {
    const a = await makeChatShop({ slug: 'widget-live-a' })
    const b = await makeChatShop({ slug: 'widget-live-b' })
    const x = await openWidget(client, await widgetKey(a.tenant))
    const y = await openWidget(client, await widgetKey(a.tenant))
    const inB = await openWidget(client, await widgetKey(b.tenant))

    async function subscribe(channel: string, token?: string) {
      const stream = openLiveStream()
      try {
        let request = client
          .post('/__transmit/subscribe')
          .redirects(0)
          .header('origin', 'https://blog.example.org')
          .json({ uid: stream.uid, channel })
        if (token) request = request.bearerToken(token)
        return (await request).status()
      } finally {
        stream.close()
      }
    }
    assert.equal(await subscribe(x.conversation.channel, x.token), 204)
    assert.equal(await subscribe(x.conversation.channel, y.token), 400, 'another conversation')
    assert.equal(await subscribe(x.conversation.channel, inB.token), 400, 'another workspace')
    assert.equal(
      await subscribe(chatChannels.conversation(b.tenant.id, x.conversation.id), x.token),
      400,
      'the id under another workspace'
    )
    // Without a token the CSRF check applies as always (refused, sent back).
    assert.equal(await subscribe(x.conversation.channel), 302)
    // A token never exempts a staff channel from it.
    assert.equal(await subscribe(channels.staffMember(a.tenant.id, a.owner.id), x.token), 302)
  })
})
