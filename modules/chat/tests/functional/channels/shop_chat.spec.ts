import { test } from '@japa/runner'
import { disableModule } from '#kernel/modules/module_lifecycle'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer } from '#tests/support/factories'
import Conversation from '#modules/chat/models/conversation'
import Channel from '#modules/chat/models/channel'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

test.group('Chat on the storefront', (group) => {
  group.each.teardown(() => replies.settled())

  test('a signed-in customer’s conversation is linked to them, greeted by first name', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'shop-chat-linked' })
    const ana = await makeCustomer(tenant.id)
    await withTenant(tenant.id, () => ana.merge({ name: 'Ana Silva' }).save())
    const opened = await client
      .post('/s/shop-chat-linked/chat/conversation')
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .accept('json')
    opened.assertStatus(201)
    const { token, conversation } = opened.body()
    const stored = await withTenant(tenant.id, () => Conversation.findOrFail(conversation.id))
    assert.equal(stored.customerId, ana.id)
    assert.equal(stored.visitorName, 'Ana')
    assert.equal(stored.channelKind, 'storefront')

    const sent = await client
      .post('/s/shop-chat-linked/chat/messages')
      .bearerToken(token)
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .accept('json')
      .json({ body: 'Where is my order?' })
    sent.assertStatus(201)
    assert.equal(sent.body().message.authorName, 'Ana')

    // Another customer of the same shop cannot use Ana's conversation.
    const ben = await makeCustomer(tenant.id)
    const asBen = await client
      .get('/s/shop-chat-linked/chat/messages')
      .bearerToken(token)
      .withGuard('customer')
      .loginAs(ben)
      .accept('json')
    asBen.assertStatus(401)
    const anonymous = await client
      .get('/s/shop-chat-linked/chat/messages')
      .bearerToken(token)
      .accept('json')
    anonymous.assertStatus(401)
  })

  test('an anonymous conversation is linked when the visitor signs in', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'shop-chat-later' })
    const opened = await client
      .post('/s/shop-chat-later/chat/conversation')
      .withCsrfToken()
      .accept('json')
    opened.assertStatus(201)
    const { token, conversation } = opened.body()
    const ana = await makeCustomer(tenant.id)
    const resumed = await client
      .post('/s/shop-chat-later/chat/conversation')
      .bearerToken(token)
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .accept('json')
    resumed.assertStatus(200)
    assert.equal(resumed.body().conversation.id, conversation.id)
    const stored = await withTenant(tenant.id, () => Conversation.findOrFail(conversation.id))
    assert.equal(stored.customerId, ana.id)
  })

  test('a conversation of shop A cannot be used on shop B, nor by its customers', async ({
    client,
    assert,
  }) => {
    const a = await makeChatShop({ slug: 'shop-chat-a' })
    const b = await makeChatShop({ slug: 'shop-chat-b' })
    const ana = await makeCustomer(a.tenant.id)
    const opened = await client
      .post('/s/shop-chat-a/chat/conversation')
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .accept('json')
    const { token } = opened.body()

    const onB = await client
      .post('/s/shop-chat-b/chat/messages')
      .bearerToken(token)
      .withCsrfToken()
      .accept('json')
      .json({ body: 'Hello' })
    onB.assertStatus(401)
    // Ana's session of shop A is nobody on shop B: a new, unlinked conversation.
    const fresh = await client
      .post('/s/shop-chat-b/chat/conversation')
      .bearerToken(token)
      .withGuard('customer')
      .loginAs(ana)
      .withCsrfToken()
      .accept('json')
    fresh.assertStatus(201)
    const inB = await withTenant(b.tenant.id, () =>
      Conversation.findOrFail(fresh.body().conversation.id)
    )
    assert.isNull(inB.customerId)
  })

  test('the storefront CSRF check still applies to the shop’s chat', async ({ client }) => {
    await makeChatShop({ slug: 'shop-chat-csrf' })
    const response = await client
      .post('/s/shop-chat-csrf/chat/conversation')
      .accept('json')
      .redirects(0)
    response.assertStatus(302)
  })

  test('storefront pages embed the chat launcher while the chat is on', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'shop-chat-embed' })
    const channel = await withTenant(tenant.id, () =>
      Channel.query().where('kind', 'widget').firstOrFail()
    )
    const page = await client.get('/s/shop-chat-embed/search').withInertia()
    page.assertStatus(200)
    const [embed] = page.inertiaProps.shopEmbeds
    assert.match(embed.src, /\/chat\/widget\.js$/)
    assert.deepEqual(embed.attributes, {
      'data-key': channel.publicKey,
      'data-api': '/s/shop-chat-embed/chat',
      'data-color': tenant.brandColor,
    })

    await withTenant(tenant.id, () => disableModule('chat', { actor: null }))
    const without = await client.get('/s/shop-chat-embed/search').withInertia()
    assert.deepEqual(without.inertiaProps.shopEmbeds, [])
  })
})
