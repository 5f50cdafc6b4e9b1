import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'
import Conversation from '#modules/chat/models/conversation'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { handBack, takeOver } from '#modules/chat/conversations/takeover'
import {
  botMessages,
  conversationEvents,
  customerWrites,
  geminiFake,
  repliesDone,
} from '#modules/chat/tests/functional/assistant/assistant_helpers'

/** A gate the fake model waits at before answering. */
function gate() {
  let open!: () => void
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { opened, open }
}

test.group('Assistant: when it answers', () => {
  test('after a takeover the bot stays silent for the next 10 customer messages', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant, owner } = await makeChatShop()
    const { conversation } = await makeConversation(tenant)
    await withTenant(tenant.id, async () =>
      takeOver(await Conversation.findOrFail(conversation.id), owner)
    )
    const events = conversationEvents(tenant.id, conversation.id, cleanup)
    for (let index = 1; index <= 10; index++) {
      await customerWrites(tenant, conversation.id, `Are you a bot? Message ${index}?`)
    }
    await repliesDone()
    assert.lengthOf(gemini.requests, 0)
    assert.lengthOf(await botMessages(tenant, conversation.id), 0)
    assert.notExists(events.find((event) => event.type.startsWith('reply.')))
  })

  test('passive mode answers only a direct question; after a handback too', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant, owner } = await makeChatShop()
    const { conversation } = await makeConversation(tenant)
    await withTenant(tenant.id, async () => {
      const fresh = await Conversation.findOrFail(conversation.id)
      await takeOver(fresh, owner)
      await handBack(fresh, owner)
    })
    assert.equal(
      (await withTenant(tenant.id, () => Conversation.findOrFail(conversation.id))).mode,
      'passive'
    )

    await customerWrites(tenant, conversation.id, 'Thanks, that helped.')
    await customerWrites(tenant, conversation.id, 'I will order tomorrow')
    await repliesDone()
    assert.lengthOf(gemini.requests, 0)

    gemini.queue({ text: 'Yes, we ship to France in 3 days.' })
    await customerWrites(tenant, conversation.id, 'Do you ship to France')
    await repliesDone()
    gemini.queue({ text: 'Livraison en 3 jours.' })
    await customerWrites(tenant, conversation.id, 'Combien de temps pour la livraison ?')
    await repliesDone()
    assert.deepEqual(
      (await botMessages(tenant, conversation.id)).map((message) => message.body),
      ['Yes, we ship to France in 3 days.', 'Livraison en 3 jours.']
    )
  })

  test('a burst of 5 messages gets one reply, to the last, with all of them in view', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const held = gate()
    gemini.respondWith(async () => {
      await held.opened
      return { text: 'One answer to all of that.' }
    })
    const { tenant } = await makeChatShop()
    const { conversation } = await makeConversation(tenant)
    const events = conversationEvents(tenant.id, conversation.id, cleanup)
    const burst = ['Hi', 'I need a serum', 'for dry skin', 'under 30 pounds', 'any idea?']
    for (const body of burst) {
      await customerWrites(tenant, conversation.id, body)
    }
    held.open()
    await repliesDone()

    const bots = await botMessages(tenant, conversation.id)
    assert.deepEqual(
      bots.map((message) => message.body),
      ['One answer to all of that.']
    )
    const answered = gemini.requests.at(-1)!
    assert.deepEqual(
      answered.contents.map((content) => content.parts?.[0]?.text),
      burst
    )
    const started = events.filter((event) => event.type === 'reply.start')
    const discarded = events.filter((event) => event.type === 'reply.discarded')
    const saved = events.filter((event) => event.type === 'message' && event.replyId)
    assert.lengthOf(saved, 1)
    assert.equal(started.length, discarded.length + 1)
  })

  test('a reply is not saved when a newer customer message arrived elsewhere meanwhile', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant } = await makeChatShop()
    const { conversation } = await makeConversation(tenant)
    const events = conversationEvents(tenant.id, conversation.id, cleanup)
    gemini.respondWith(async () => {
      // Another application server stores a newer message (no reply is triggered here).
      await withTenant(tenant.id, async () =>
        appendMessage(await Conversation.findOrFail(conversation.id), {
          author: 'customer',
          body: 'Actually, never mind',
        })
      )
      return { text: 'An answer to the older message.' }
    })
    await customerWrites(tenant, conversation.id, 'What is your best serum?')
    await repliesDone()
    assert.lengthOf(await botMessages(tenant, conversation.id), 0)
    assert.exists(events.find((event) => event.type === 'reply.discarded'))
  })
})
