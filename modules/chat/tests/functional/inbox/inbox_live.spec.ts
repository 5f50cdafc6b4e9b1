import { test } from '@japa/runner'
import { addMember } from '#tests/support/factories'
import { openLiveStream } from '#tests/support/live'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Channel from '#modules/chat/models/channel'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

const ORIGIN = 'https://blog.example.org'

async function eventually<T>(read: () => T, done: (value: T) => boolean) {
  for (let attempt = 0; attempt < 150; attempt++) {
    const value = read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return read()
}

test.group('Chat inbox live events', (group) => {
  group.each.teardown(() => replies.settled())

  test('the customer hears the agent type, read and reply, never their notes', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop()
    const agent = await addMember(tenant.id, 'agent')
    const key = await withTenant(tenant.id, async () => {
      const widget = await Channel.query().where('kind', 'widget').firstOrFail()
      return widget.publicKey
    })
    const opened = await client.post(`/chat/w/${key}/conversation`).header('origin', ORIGIN)
    const { token, conversation } = opened.body() as {
      token: string
      conversation: { id: string; channel: string }
    }
    ;(
      await client
        .post(`/chat/w/${key}/messages`)
        .bearerToken(token)
        .header('origin', ORIGIN)
        .json({ body: 'Hello, anyone there?' })
    ).assertStatus(201)
    await replies.settled()

    const stream = openLiveStream()
    try {
      ;(
        await client
          .post('/__transmit/subscribe')
          .bearerToken(token)
          .header('origin', ORIGIN)
          .json({ uid: stream.uid, channel: conversation.channel })
      ).assertStatus(204)
      const url = `/app/${tenant.slug}/chat/inbox/${conversation.id}`
      const post = (path: string, data: Record<string, unknown> = {}) =>
        client.post(`${url}/${path}`).json(data).loginAs(agent).withCsrfToken().redirects(0)

      ;(await post('typing')).assertStatus(204)
      ;(await client.get(url).loginAs(agent).withInertia()).assertStatus(200)
      ;(await post('note', { body: 'Staff only: likely a refund' })).assertStatus(302)
      ;(await post('reply', { body: 'Yes! How can I help?' })).assertStatus(302)

      const events = await eventually(
        () => stream.messages().map((data) => data.payload),
        (received) =>
          received.some(
            (event) => event.type === 'message' && event.message.body === 'Yes! How can I help?'
          )
      )
      assert.deepInclude(events, { type: 'typing', who: 'agent', name: agent.name })
      const read = events.find((event) => event.type === 'read')
      assert.equal(read.by, 'staff')
      assert.isAtLeast(read.seq, 2)
      assert.isTrue(
        events.some((event) => event.type === 'conversation' && event.conversation.mode === 'human')
      )
      assert.notInclude(JSON.stringify(events), 'Staff only')
    } finally {
      stream.close()
    }
  })
})
