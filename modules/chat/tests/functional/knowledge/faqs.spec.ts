import { test } from '@japa/runner'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import type Conversation from '#modules/chat/models/conversation'
import Faq from '#modules/chat/models/faq'
import Message, { type MessageAuthor } from '#modules/chat/models/message'
import { STARTER_FAQS } from '#modules/chat/knowledge/seed_faqs'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

const valid = {
  question: 'What is your return policy?',
  answer: 'Unopened products within 30 days.',
  category: 'Returns',
  tags: ['refund', 'exchange'],
  priority: 40,
  active: true,
}

function faqsOf(tenant: Tenant) {
  return withTenant(tenant.id, () => Faq.query().orderBy('question'))
}

function makeFaq(tenant: Tenant, fields: Partial<Faq> = {}) {
  return withTenant(tenant.id, () =>
    Faq.create({
      question: valid.question,
      answer: valid.answer,
      category: null,
      tags: [],
      priority: 0,
      active: true,
      ...fields,
    })
  )
}

/** A conversation with these messages, in order. */
async function conversationWith(
  tenant: Tenant,
  status: Conversation['status'],
  messages: [MessageAuthor, string, boolean?][]
) {
  const { conversation } = await makeConversation(tenant, { status })
  await withTenant(tenant.id, async () => {
    for (const [index, [author, body, internal]] of messages.entries()) {
      await Message.create({
        conversationId: conversation.id,
        seq: index + 1,
        author,
        body,
        cards: [],
        internal: internal ?? false,
        meta: {},
      })
    }
  })
  return conversation
}

test.group('Chat back office: FAQ', () => {
  test('creates, lists, filters, edits, switches off and deletes FAQs', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/faqs`

    const empty = await client.get(base).loginAs(owner).withInertia()
    empty.assertInertiaComponent('chat/faqs/index')
    assert.deepEqual(empty.inertiaProps.faqs, [])

    const created = await client.post(base).json(valid).loginAs(owner).withCsrfToken().redirects(0)
    created.assertStatus(302)
    assert.equal(created.header('location'), base)
    const second = await client
      .post(base)
      .json({ question: 'Do you ship to Canada?', answer: 'Yes, in 7 days.', category: 'Shipping' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    second.assertStatus(302)

    let [shipping, returns] = await faqsOf(tenant)
    assert.equal(returns.question, valid.question)
    assert.deepEqual(returns.tags, ['refund', 'exchange'])
    assert.equal(returns.priority, 40)
    assert.equal(returns.category, 'Returns')
    assert.equal(shipping.priority, 0)
    assert.isTrue(shipping.active)

    const list = await client.get(base).loginAs(owner).withInertia()
    assert.deepEqual(
      list.inertiaProps.faqs.map((faq: Faq) => faq.question),
      [valid.question, 'Do you ship to Canada?']
    )
    assert.deepEqual(list.inertiaProps.categories, ['Returns', 'Shipping'])

    const searched = await client.get(`${base}?q=canada`).loginAs(owner).withInertia()
    assert.deepEqual(
      searched.inertiaProps.faqs.map((faq: Faq) => faq.question),
      ['Do you ship to Canada?']
    )
    const byTag = await client.get(`${base}?q=refund`).loginAs(owner).withInertia()
    assert.deepEqual(
      byTag.inertiaProps.faqs.map((faq: Faq) => faq.question),
      [valid.question]
    )
    const byCategory = await client.get(`${base}?category=Shipping`).loginAs(owner).withInertia()
    assert.lengthOf(byCategory.inertiaProps.faqs, 1)

    const tested = await client
      .get(`${base}?test=${encodeURIComponent('can I get a refund?')}`)
      .loginAs(owner)
      .withInertia()
    assert.equal(tested.inertiaProps.trial.hits[0].question, valid.question)

    const edit = await client.get(`${base}/${returns.id}/edit`).loginAs(owner).withInertia()
    edit.assertInertiaComponent('chat/faqs/form')
    assert.equal(edit.inertiaProps.faq.question, valid.question)

    const updated = await client
      .put(`${base}/${returns.id}`)
      .json({ ...valid, answer: 'Within 14 days.', tags: ['refund', 'refund'], category: '' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    updated.assertStatus(302)
    ;[shipping, returns] = await faqsOf(tenant)
    assert.equal(returns.answer, 'Within 14 days.')
    assert.deepEqual(returns.tags, ['refund'])
    assert.isNull(returns.category)

    const off = await client
      .put(`${base}/${shipping.id}/active`)
      .json({ active: false })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    off.assertStatus(302)
    ;[shipping] = await faqsOf(tenant)
    assert.isFalse(shipping.active)
    const inactive = await client.get(`${base}?status=inactive`).loginAs(owner).withInertia()
    assert.deepEqual(
      inactive.inertiaProps.faqs.map((faq: Faq) => faq.id),
      [shipping.id]
    )

    const removed = await client
      .delete(`${base}/${shipping.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    removed.assertStatus(302)
    assert.deepEqual(
      (await faqsOf(tenant)).map((faq) => faq.question),
      [valid.question]
    )
  })

  test('paginates the list, highest priority first', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    for (let index = 0; index < 27; index++) {
      await makeFaq(tenant, { question: `Question number ${index}`, priority: index })
    }
    const first = await client.get(`/app/${tenant.slug}/chat/faqs`).loginAs(owner).withInertia()
    assert.lengthOf(first.inertiaProps.faqs, 25)
    assert.equal(first.inertiaProps.faqs[0].priority, 26)
    assert.deepEqual(first.inertiaProps.pagination, { page: 1, lastPage: 2, total: 27 })
    const second = await client
      .get(`/app/${tenant.slug}/chat/faqs?page=2`)
      .loginAs(owner)
      .withInertia()
    assert.deepEqual(
      second.inertiaProps.faqs.map((faq: Faq) => faq.priority),
      [1, 0]
    )
  })

  test('refuses bad input field by field and saves nothing', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const other = await makeChatShop()
    const { conversation: foreign } = await makeConversation(other.tenant, { status: 'resolved' })
    const base = `/app/${tenant.slug}/chat/faqs`
    const cases: [object, string, RegExp][] = [
      [{ ...valid, question: '' }, 'question', /Enter the question/],
      [{ ...valid, question: 'Hm?' }, 'question', /at least 5 characters/],
      [{ ...valid, question: 'x'.repeat(301) }, 'question', /at most 300/],
      [{ ...valid, answer: undefined }, 'answer', /Enter the answer/],
      [{ ...valid, category: 'c'.repeat(81) }, 'category', /at most 80/],
      [{ ...valid, tags: 'refund' }, 'tags', /must be a list/],
      [{ ...valid, tags: ['t'.repeat(41)] }, 'tags.0', /A tag must be at most 40/],
      [{ ...valid, priority: 101 }, 'priority', /at most 100/],
      [{ ...valid, priority: 1.5 }, 'priority', /whole number/],
      [{ ...valid, active: 'maybe' }, 'active', /yes or no/],
      [{ ...valid, source_conversation_id: 'nope' }, 'source_conversation_id', /not a valid/],
      [{ ...valid, source_conversation_id: foreign.id }, 'source_conversation_id', /not exist/],
    ]
    for (const [body, field, message] of cases) {
      const response = await client
        .post(base)
        .json(body)
        .loginAs(owner)
        .accept('json')
        .withCsrfToken()
      response.assertStatus(422)
      const errors = response.body().errors as { field: string; message: string }[]
      const error = errors.find((candidate) => candidate.field === field)
      assert.exists(error, `expected an error on ${field} for ${JSON.stringify(body)}`)
      assert.match(error!.message, message)
    }
    assert.lengthOf(await faqsOf(tenant), 0)

    const form = await client
      .post(base)
      .form({ question: '', answer: '' })
      .header('referer', `${base}/new`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    form.assertStatus(302)
    assert.equal(form.header('location'), `${base}/new`)
    assert.lengthOf(await faqsOf(tenant), 0)

    const badFilter = await client.get(`${base}?status=everything`).loginAs(owner).accept('json')
    badFilter.assertStatus(422)
  })

  test('starter FAQs are added once', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const starter = () =>
      client
        .post(`/app/${tenant.slug}/chat/faqs/starter`)
        .loginAs(owner)
        .withCsrfToken()
        .redirects(0)
    ;(await starter()).assertStatus(302)
    ;(await starter()).assertStatus(302)
    const faqs = await faqsOf(tenant)
    assert.lengthOf(faqs, STARTER_FAQS.length)
    assert.isTrue(faqs.every((faq) => faq.active && faq.answer.length > 20))
  })

  test('only members who manage knowledge reach the FAQ', async ({ client, assert }) => {
    const { tenant } = await makeChatShop()
    const faq = await makeFaq(tenant)
    const agent = await addMember(tenant.id, 'agent')
    const manager = await addMember(tenant.id, 'manager')
    const base = `/app/${tenant.slug}/chat/faqs`

    ;(await client.get(base).loginAs(agent)).assertStatus(403)
    ;(await client.get(`${base}/new`).loginAs(agent)).assertStatus(403)
    const post = await client.post(base).json(valid).loginAs(agent).accept('json').withCsrfToken()
    post.assertStatus(403)
    const put = await client
      .put(`${base}/${faq.id}`)
      .json(valid)
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
    put.assertStatus(403)
    const remove = await client
      .delete(`${base}/${faq.id}`)
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
    remove.assertStatus(403)
    assert.lengthOf(await faqsOf(tenant), 1)

    ;(await client.get(base).loginAs(manager)).assertStatus(200)
  })

  test("another workspace's FAQ is a 404", async ({ client, assert }) => {
    const { tenant } = await makeChatShop()
    const faq = await makeFaq(tenant)
    const other = await makeChatShop()
    const base = `/app/${other.tenant.slug}/chat/faqs`

    const list = await client.get(base).loginAs(other.owner).withInertia()
    assert.deepEqual(list.inertiaProps.faqs, [])
    const tested = await client.get(`${base}?test=return+policy`).loginAs(other.owner).withInertia()
    assert.deepEqual(tested.inertiaProps.trial.hits, [])
    ;(await client.get(`${base}/${faq.id}/edit`).loginAs(other.owner)).assertStatus(404)
    const requests = [
      client.put(`${base}/${faq.id}`).json(valid),
      client.put(`${base}/${faq.id}/active`).json({ active: false }),
      client.delete(`${base}/${faq.id}`),
    ]
    for (const request of requests) {
      const response = await request.loginAs(other.owner).accept('json').withCsrfToken()
      response.assertStatus(404)
    }
    const [kept] = await faqsOf(tenant)
    assert.equal(kept.answer, valid.answer)
    assert.isTrue(kept.active)
  })
})

test.group('Chat back office: FAQ from a conversation', () => {
  test('prefills the form from a resolved conversation', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const conversation = await conversationWith(tenant, 'resolved', [
      ['customer', 'Hi!'],
      ['bot', 'Hello! How can I help?'],
      ['customer', 'Can I return a serum I already opened?'],
      ['bot', 'Let me find a person for you.'],
      ['agent', 'Let me check that for you.'],
      ['agent', 'Note: check the policy with Ana', true],
      ['agent', 'Opened products can be returned within 14 days if they caused a reaction.'],
      ['customer', 'Thanks!'],
    ])
    const base = `/app/${tenant.slug}/chat/faqs`

    const page = await client
      .get(`${base}/new?conversation=${conversation.id}`)
      .loginAs(owner)
      .withInertia()
    page.assertInertiaComponent('chat/faqs/form')
    assert.deepEqual(page.inertiaProps.suggestion, {
      kind: 'prefill',
      question: 'Can I return a serum I already opened?',
      answer: 'Opened products can be returned within 14 days if they caused a reaction.',
      conversationId: conversation.id,
    })
    assert.isNull(page.inertiaProps.notice)

    const saved = await client
      .post(base)
      .json({ ...valid, source_conversation_id: conversation.id })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    const [faq] = await faqsOf(tenant)
    assert.equal(faq.sourceConversationId, conversation.id)
  })

  test("uses the assistant's answer when no person answered", async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const conversation = await conversationWith(tenant, 'resolved', [
      ['customer', 'Are you cruelty free?'],
      ['bot', 'Yes, nothing we sell is tested on animals.'],
    ])
    const page = await client
      .get(`/app/${tenant.slug}/chat/faqs/new?conversation=${conversation.id}`)
      .loginAs(owner)
      .withInertia()
    assert.equal(page.inertiaProps.suggestion.question, 'Are you cruelty free?')
    assert.equal(page.inertiaProps.suggestion.answer, 'Yes, nothing we sell is tested on animals.')
  })

  test('an unresolved conversation gives the empty form and a notice', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const conversation = await conversationWith(tenant, 'waiting', [
      ['customer', 'Where is my parcel?'],
    ])
    const page = await client
      .get(`/app/${tenant.slug}/chat/faqs/new?conversation=${conversation.id}`)
      .loginAs(owner)
      .withInertia()
    page.assertInertiaComponent('chat/faqs/form')
    assert.isNull(page.inertiaProps.suggestion)
    assert.match(page.inertiaProps.notice, /not resolved/)
  })

  test("another workspace's conversation is a 404", async ({ client }) => {
    const { tenant } = await makeChatShop()
    const conversation = await conversationWith(tenant, 'resolved', [
      ['customer', 'Secret question of A?'],
      ['agent', 'Secret answer of A.'],
    ])
    const other = await makeChatShop()
    const url = `/app/${other.tenant.slug}/chat/faqs/new?conversation=${conversation.id}`
    const response = await client.get(url).loginAs(other.owner)
    response.assertStatus(404)
    response.assertTextIncludes('Page not found')
  })
})

test.group('Chat back office: FAQ without the chat module', () => {
  test('answers 404 while the workspace has the chat off', async ({ client }) => {
    const { tenant, owner } = await makeShop()
    const response = await client.get(`/app/${tenant.slug}/chat/faqs`).loginAs(owner)
    response.assertStatus(404)
  })
})
