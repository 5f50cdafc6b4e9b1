import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import app from '@adonisjs/core/services/app'
import timekeeper from 'timekeeper'
import { DateTime } from 'luxon'
import { appUrl } from '#config/app'
import { CartActions } from '#kernel/contracts/cart_actions'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeCustomer } from '#tests/support/factories'
import { makeCategory, makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/order_factories'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'
import type { ConversationEvent } from '#modules/chat/conversations/live'
import { replies } from '#modules/chat/assistant/reply_runner'
import Faq from '#modules/chat/models/faq'
import {
  botMessages,
  conversationEvents,
  customerWrites,
  functionResponses,
  geminiFake,
  reloadConversation,
  repliesDone,
} from '#modules/chat/tests/functional/assistant/assistant_helpers'

async function beautyShop(slug: string) {
  const { tenant, owner } = await makeChatShop({ slug, name: 'Glow Lab' })
  const serum = await makeProduct(tenant, {
    name: 'Vitamin C Serum',
    slug: 'vitamin-c-serum',
    priceMinor: 2400,
    attributes: { skin_types: ['Dry', 'Normal'], concerns: ['Dullness'] },
  })
  const gel = await makeProduct(tenant, {
    name: 'Oil Control Serum',
    slug: 'oil-control-serum',
    priceMinor: 1800,
    attributes: { skin_types: ['Oily'] },
  })
  const lipstick = await makeProduct(tenant, {
    name: 'Velvet Lipstick',
    slug: 'velvet-lipstick',
    priceMinor: 1500,
    options: { Shade: ['Rose', 'Plum'] },
  })
  return { tenant, owner, serum, gel, lipstick }
}

function cartOf(tenant: Tenant, cartId: string) {
  return withTenant(tenant.id, async () => (await app.container.make(CartActions)).view(cartId))
}

function deltasOf(events: ConversationEvent[], replyId: string) {
  return events.filter(
    (event): event is Extract<ConversationEvent, { type: 'reply.delta' }> =>
      event.type === 'reply.delta' && event.replyId === replyId
  )
}

test.group('Assistant: tools', () => {
  test('a product question: search_products, then a streamed answer with product cards', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup, { wordsPerChunk: 2, chunkIntervalMs: 20 })
    const { tenant, serum } = await beautyShop('glow-a')
    const customer = await makeCustomer(tenant.id, 'ada@example.com')
    await withTenant(tenant.id, async () => {
      customer.name = 'Ada Lovelace'
      await customer.save()
    })
    const { conversation } = await makeConversation(tenant, { customerId: customer.id })
    const events = conversationEvents(tenant.id, conversation.id, cleanup)
    const answer =
      'The Vitamin C Serum suits dry skin: it brightens a dull complexion and is in stock.'
    gemini.queue(
      {
        functionCalls: [
          {
            name: 'search_products',
            args: { query: 'serum', attributes: [{ name: 'skin type', value: 'dry' }] },
          },
        ],
      },
      { text: answer }
    )

    await customerWrites(tenant, conversation.id, 'Which serum is best for dry skin?')
    await repliesDone()

    const [message] = await botMessages(tenant, conversation.id)
    assert.equal(message.body, answer)
    assert.deepEqual(
      message.cards.map((card) => card.name),
      ['Vitamin C Serum']
    )
    assert.deepEqual(message.cards[0], {
      productId: serum.id,
      slug: 'vitamin-c-serum',
      name: 'Vitamin C Serum',
      priceMinor: 2400,
      compareAtMinor: null,
      currency: 'GBP',
      imageUrl: null,
      inStock: true,
      url: `${appUrl}/s/glow-a/products/vitamin-c-serum`,
      variantId: serum.variants[0].id,
    })

    const start = events.find((event) => event.type === 'reply.start')
    assert.exists(start)
    const replyId = (start as { replyId: string }).replyId
    const deltas = deltasOf(events, replyId)
    // The first piece goes out alone, the rest in batches.
    assert.isAtLeast(deltas.length, 2)
    assert.isBelow(deltas[0].text.length, answer.length)
    assert.equal(deltas.map((delta) => delta.text).join(''), answer)
    const final = events.findIndex((event) => event.type === 'message' && event.replyId === replyId)
    assert.isAbove(final, events.indexOf(deltas.at(-1)!))

    const [search] = functionResponses(gemini)
    assert.equal(search.name, 'search_products')
    assert.deepEqual(
      search.response.products.map((product: { name: string; price: string }) => [
        product.name,
        product.price,
      ]),
      [['Vitamin C Serum', '£24.00']]
    )
    const first = gemini.requests[0]
    const instruction = JSON.stringify(first.systemInstruction)
    assert.include(instruction, 'Glow Lab')
    assert.include(instruction, 'Ada')
    assert.notInclude(instruction, 'Lovelace')
    assert.notInclude(JSON.stringify(first.body), 'ada@example.com')
    assert.lengthOf(first.tools[0].functionDeclarations!, 9)

    const usage = await withTenant(tenant.id, async () =>
      (await app.container.make(UsageMeter)).usage('ai_messages')
    )
    assert.equal(usage.used, 1)
  })

  test('add to cart through the tool, then a signed checkout link that expires', async ({
    assert,
    client,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant, serum, lipstick } = await beautyShop('glow-b')
    const { conversation } = await makeConversation(tenant)
    gemini.queue(
      {
        functionCalls: [
          { name: 'add_to_cart', args: { variant_id: serum.variants[0].id, quantity: 2 } },
        ],
      },
      {
        functionCalls: [{ name: 'add_to_cart', args: { product_id: lipstick.id, option: 'plum' } }],
      },
      { text: 'Added two Vitamin C Serums and the Plum lipstick.' }
    )
    await customerWrites(tenant, conversation.id, 'Two serums and the plum lipstick please')
    await repliesDone()

    const { cartId } = await reloadConversation(tenant, conversation.id)
    assert.isNotNull(cartId)
    const cart = await cartOf(tenant, cartId!)
    const plum = lipstick.variants.find((variant) => variant.optionValues.includes('Plum'))!
    assert.deepEqual(
      cart!.lines.map((line) => [line.variantId, line.quantity]),
      [
        [serum.variants[0].id, 2],
        [plum.id, 1],
      ]
    )

    gemini.queue(
      { functionCalls: [{ name: 'remove_from_cart', args: { variant_id: plum.id } }] },
      { functionCalls: [{ name: 'view_cart', args: {} }] },
      { text: 'The lipstick is out of your cart.' }
    )
    await customerWrites(tenant, conversation.id, 'Actually no lipstick')
    await repliesDone()
    const viewed = functionResponses(gemini).at(-1)!
    assert.equal(viewed.name, 'view_cart')
    assert.deepEqual(viewed.response.lines, [
      {
        variantId: serum.variants[0].id,
        name: 'Vitamin C Serum',
        quantity: 2,
        price: '£24.00',
        total: '£48.00',
      },
    ])

    gemini.queue(
      { functionCalls: [{ name: 'checkout_link', args: {} }] },
      { text: 'Here is your checkout link.' }
    )
    await customerWrites(tenant, conversation.id, 'I want to pay')
    await repliesDone()
    const checkout = functionResponses(gemini).find((entry) => entry.name === 'checkout_link')!
    const link = new URL(checkout.response.url)
    const path = `${link.pathname}${link.search}`
    assert.equal(link.pathname, `/s/glow-b/cart/${cartId}/resume`)

    const opened = await client.get(path).redirects(0)
    opened.assertStatus(302)
    opened.assertHeader('location', '/s/glow-b/checkout')
    assert.equal(opened.cookie('cart')?.value, cartId)

    const tampered = await client.get(path.replace(/signature=[^&]+/, 'signature=x')).redirects(0)
    tampered.assertStatus(410)
    timekeeper.travel(DateTime.now().plus({ days: 8 }).toJSDate())
    cleanup(() => timekeeper.reset())
    const expired = await client.get(path).redirects(0)
    expired.assertStatus(410)
    assert.isUndefined(expired.cookie('cart'))
  })

  test('search_products filters by category, price range and stock', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant } = await beautyShop('glow-i')
    const lips = await makeCategory(tenant, { name: 'Lip Care', slug: 'lip-care' })
    await makeProduct(tenant, { name: 'Lip Balm', priceMinor: 800, categoryId: lips.id })
    await makeProduct(tenant, { name: 'Lip Oil', priceMinor: 2600, categoryId: lips.id })
    await makeProduct(tenant, { name: 'Lip Mask', priceMinor: 1200, categoryId: lips.id, stock: 0 })
    const { conversation } = await makeConversation(tenant)
    gemini.queue(
      {
        functionCalls: [
          {
            name: 'search_products',
            args: { category: 'Lip Care', max_price: 20, in_stock: true },
          },
          { name: 'search_products', args: { min_price: 20 } },
        ],
      },
      { text: 'The Lip Balm fits your budget.' }
    )
    await customerWrites(tenant, conversation.id, 'A lip product under £20?')
    await repliesDone()
    const [cheapLips, pricey] = functionResponses(gemini).map((entry) =>
      entry.response.products.map((product: { name: string }) => product.name)
    )
    assert.deepEqual(cheapLips, ['Lip Balm'])
    assert.sameMembers(pricey, ['Vitamin C Serum', 'Lip Oil'])
    const [reply] = await botMessages(tenant, conversation.id)
    assert.sameMembers(
      reply.cards.map((card) => card.name),
      ['Lip Balm', 'Vitamin C Serum', 'Lip Oil']
    )
  })

  test("search_faq answers from the shop's own FAQ", async ({ assert, cleanup }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant } = await beautyShop('glow-h')
    const other = await makeChatShop({ slug: 'other-h' })
    for (const [workspace, answer] of [
      [tenant, 'Returns are free within 30 days.'],
      [other.tenant, 'No returns at the other shop.'],
    ] as const) {
      await withTenant(workspace.id, () =>
        Faq.create({
          question: 'Can I return a product?',
          answer,
          tags: [],
          priority: 0,
          active: true,
        })
      )
    }
    await withTenant(tenant.id, () =>
      db.table('storefront_pages').insert({
        tenant_id: tenant.id,
        slug: 'returns',
        title: 'Returns policy',
        body_html: '<p>To return a product, write to us within 30 days.</p>',
        published: true,
      })
    )
    const { conversation } = await makeConversation(tenant)
    gemini.queue(
      { functionCalls: [{ name: 'search_faq', args: { query: 'return a product' } }] },
      { text: 'Returns are free within 30 days.' }
    )
    await customerWrites(tenant, conversation.id, 'Can I send it back?')
    await repliesDone()
    const [faq] = functionResponses(gemini)
    assert.deepEqual(faq.response.answers, [
      { question: 'Can I return a product?', answer: 'Returns are free within 30 days.' },
    ])
    assert.deepInclude(
      faq.response.pages.map((page: { title: string; url: string }) => [page.title, page.url]),
      ['Returns policy', `${appUrl}/s/glow-h/pages/returns`]
    )
  })

  test('invalid tool arguments come back to the model as errors, never a crash', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant, lipstick } = await beautyShop('glow-c')
    const { conversation } = await makeConversation(tenant)
    gemini.queue(
      {
        functionCalls: [
          { name: 'add_to_cart', args: { variant_id: 'not-a-uuid', quantity: 50 } },
          { name: 'add_to_cart', args: { product_id: lipstick.id } },
          { name: 'search_products', args: { min_price: 'cheap' } },
          { name: 'drop_database', args: {} },
          { name: 'get_product', args: {} },
        ],
      },
      { text: 'Which shade would you like?' }
    )
    await customerWrites(tenant, conversation.id, 'Add the lipstick')
    await repliesDone()

    const errors = functionResponses(gemini).map((entry) => entry.response.error)
    assert.lengthOf(errors, 5)
    assert.match(errors[0], /^Invalid arguments: .*variant_id.*quantity/)
    assert.equal(errors[1], 'Ask which option the customer wants: Rose, Plum.')
    assert.match(errors[2], /^Invalid arguments: min_price/)
    assert.equal(errors[3], 'There is no tool named drop_database.')
    assert.match(errors[4], /^Invalid arguments: product_id/)
    const [message] = await botMessages(tenant, conversation.id)
    assert.equal(message.body, 'Which shade would you like?')
    assert.isNull((await reloadConversation(tenant, conversation.id)).cartId)
  })

  test("the tools touch only the conversation's own cart", async ({ assert, cleanup }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant, serum, gel } = await beautyShop('glow-d')
    const carts = await app.container.make(CartActions)
    const otherCart = await withTenant(tenant.id, () =>
      carts.add({ cartId: null, variantId: gel.variants[0].id, quantity: 1 })
    )
    await makeConversation(tenant, { cartId: otherCart.id })
    const { conversation } = await makeConversation(tenant)
    gemini.queue(
      {
        functionCalls: [
          { name: 'view_cart', args: { cart_id: otherCart.id } },
          { name: 'remove_from_cart', args: { variant_id: gel.variants[0].id } },
          {
            name: 'add_to_cart',
            args: { variant_id: serum.variants[0].id, cart_id: otherCart.id },
          },
        ],
      },
      { text: 'Done.' }
    )
    await customerWrites(tenant, conversation.id, 'Empty my cart and add a serum')
    await repliesDone()

    const [view, remove, add] = functionResponses(gemini).map((entry) => entry.response)
    assert.deepEqual(view, { cart: 'empty' })
    assert.equal(remove.error, 'This product is not in the cart.')
    assert.deepEqual(
      add.lines.map((line: { name: string }) => line.name),
      ['Vitamin C Serum']
    )
    const own = await reloadConversation(tenant, conversation.id)
    assert.notEqual(own.cartId, otherCart.id)
    const untouched = await cartOf(tenant, otherCart.id)
    assert.deepEqual(
      untouched!.lines.map((line) => [line.variantId, line.quantity]),
      [[gel.variants[0].id, 1]]
    )
  })

  test("order status: the customer's own orders only; guests are asked to sign in", async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant } = await beautyShop('glow-e')
    const ada = await makeCustomer(tenant.id, 'ada@example.com')
    const bob = await makeCustomer(tenant.id, 'bob@example.com')
    const own = await makeOrder(tenant, {
      customerId: ada.id,
      email: 'ada@example.com',
      fulfillmentStatus: 'fulfilled',
      status: 'fulfilled',
      paymentStatus: 'paid',
    })
    const others = await makeOrder(tenant, { customerId: bob.id, email: 'bob@example.com' })
    const { conversation } = await makeConversation(tenant, { customerId: ada.id })
    gemini.queue(
      {
        functionCalls: [
          { name: 'get_order_status', args: { order_number: others.number } },
          { name: 'get_order_status', args: { order_number: own.number } },
          { name: 'get_order_status', args: {} },
        ],
      },
      { text: 'Your order has shipped.' }
    )
    await customerWrites(
      tenant,
      conversation.id,
      `Where are orders ${others.number} and ${own.number}?`
    )
    await repliesDone()
    const [foreign, mine, recent] = functionResponses(gemini).map((entry) => entry.response)
    assert.equal(foreign.error, `No order ${others.number} was found for this customer.`)
    assert.notInclude(JSON.stringify(foreign), 'bob')
    assert.equal(mine.order.number, own.number)
    assert.equal(mine.order.shipping, 'fulfilled')
    assert.deepEqual(
      recent.orders.map((order: { number: number }) => order.number),
      [own.number]
    )

    const guest = await makeConversation(tenant)
    gemini.queue(
      { functionCalls: [{ name: 'get_order_status', args: { order_number: own.number } }] },
      { text: 'Please sign in first.' }
    )
    await customerWrites(tenant, guest.conversation.id, `Where is order ${own.number}?`)
    await repliesDone()
    const asGuest = functionResponses(gemini).at(-1)!.response
    assert.match(asGuest.error, /not signed in/)
    assert.notProperty(asGuest, 'order')
  })

  test('handoff_to_human puts the conversation in the queue; the bot then stays quiet', async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const { tenant } = await beautyShop('glow-f')
    const { conversation } = await makeConversation(tenant)
    gemini.queue(
      { functionCalls: [{ name: 'handoff_to_human', args: { reason: 'Wants a refund' } }] },
      { text: 'I have asked a colleague to join.' }
    )
    await customerWrites(tenant, conversation.id, 'I want to talk to a human about a refund')
    await repliesDone()
    const waiting = await reloadConversation(tenant, conversation.id)
    assert.equal(waiting.status, 'waiting')
    assert.lengthOf(await botMessages(tenant, conversation.id), 1)

    const calls = gemini.requests.length
    await customerWrites(tenant, conversation.id, 'Hello? Anyone there?')
    await repliesDone()
    assert.lengthOf(gemini.requests, calls)
    assert.lengthOf(await botMessages(tenant, conversation.id), 1)
  })

  test("tenant isolation: a conversation is answered with its own workspace's catalog and carts", async ({
    assert,
    cleanup,
  }) => {
    const gemini = await geminiFake(cleanup)
    const first = await beautyShop('glow-g')
    const second = await makeChatShop({ slug: 'other-g' })
    const foreign = await makeProduct(second.tenant, {
      name: 'Foreign Serum',
      slug: 'foreign-serum',
    })
    const foreignCart = await withTenant(second.tenant.id, async () =>
      (await app.container.make(CartActions)).add({
        cartId: null,
        variantId: foreign.variants[0].id,
        quantity: 1,
      })
    )
    const { conversation } = await makeConversation(first.tenant)
    gemini.queue(
      {
        functionCalls: [
          { name: 'search_products', args: { query: 'serum' } },
          { name: 'get_product', args: { product_id: foreign.id } },
          { name: 'add_to_cart', args: { variant_id: foreign.variants[0].id } },
        ],
      },
      { text: 'Here are our serums.' }
    )
    await customerWrites(first.tenant, conversation.id, 'Show me serums')
    await repliesDone()
    const [search, product, add] = functionResponses(gemini).map((entry) => entry.response)
    assert.sameMembers(
      search.products.map((entry: { name: string }) => entry.name),
      ['Vitamin C Serum', 'Oil Control Serum']
    )
    assert.equal(product.error, 'No such product.')
    assert.equal(add.error, 'This product is not for sale.')
    const untouched = await withTenant(second.tenant.id, async () =>
      (await app.container.make(CartActions)).view(foreignCart.id)
    )
    assert.equal(untouched!.itemCount, 1)

    // Asked to answer the conversation under the other workspace: nothing is found, nothing sent.
    const calls = gemini.requests.length
    const { lastCustomerSeq } = await reloadConversation(first.tenant, conversation.id)
    replies.customerWrote(second.tenant.id, conversation.id, lastCustomerSeq)
    await repliesDone()
    assert.lengthOf(gemini.requests, calls)
    assert.lengthOf(await botMessages(first.tenant, conversation.id), 1)
  })
})
