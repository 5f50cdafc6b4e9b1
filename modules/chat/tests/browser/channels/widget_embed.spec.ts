import app from '@adonisjs/core/services/app'
import transmit from '@adonisjs/transmit/services/main'
import { test } from '@japa/runner'
import env from '#start/env'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { startLocalServer } from '#tests/support/fakes/http_server'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import Channel from '#modules/chat/models/channel'
import Conversation from '#modules/chat/models/conversation'
import { chatChannels, publishToConversation } from '#modules/chat/conversations/live'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'
import { geminiFake } from '#modules/chat/tests/functional/assistant/assistant_helpers'

/** Until a browser listens on the live channel. */
async function subscribed(channel: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (transmit.getSubscribersFor(channel).length > 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Nobody subscribed to ${channel}`)
}

/** Asks as a first visit would (no cookie) until the page comes from the cache. */
async function warm(url: string) {
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(url)
    await response.arrayBuffer()
    if (response.headers.get('x-wrencos-cache') === 'hit') return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${url} was never answered from the cache`)
}

/** A page of another website (another origin) with the widget's script tag. */
async function blogWith(key: string) {
  const html = `<!doctype html><html lang="en"><head><title>Petal blog</title></head>
<body><h1>Our skincare blog</h1><p>Read about creams and serums.</p>
<script src="${env.get('APP_URL')}/chat/widget.js" data-key="${key}" async></script>
</body></html>`
  return startLocalServer(0, (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    response.end(html)
  })
}

test.group('Chat widget in a browser', (group) => {
  group.each.teardown(() => replies.settled())

  test('the widget on a plain page of another website answers with product cards', async ({
    browser,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-petal', name: 'Petal Widget' })
    await makeProduct(tenant, { name: 'Hydrating Cream', priceMinor: 3200 })
    const channel = await withTenant(tenant.id, async () => {
      const widget = await Channel.query().where('kind', 'widget').firstOrFail()
      widget.settings = { ...widget.settings, color: '#2f9e44', greeting: 'Questions? Ask us!' }
      return widget.save()
    })
    const blog = await blogWith(channel.publicKey)
    const shots = app.makePath('tmp/shots')
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(blog.url)
      assert.notEqual(new URL(blog.url).origin, new URL(env.get('APP_URL')!).origin)
      const launcher = page.getByRole('button', { name: 'Chat with us' })
      await launcher.waitFor()
      await page.getByText('Questions? Ask us!').waitFor()
      await page.screenshot({ path: `${shots}/chat_widget_closed.png` })

      await launcher.focus()
      await page.keyboard.press('Enter')
      const panel = page.getByRole('dialog', { name: 'Chat with Shop assistant' })
      await panel.waitFor()
      await panel.getByText('Basic assistant').waitFor()
      await panel.getByRole('button', { name: 'Talk to a person' }).waitFor()
      await panel.getByRole('textbox', { name: 'Message' }).fill('Do you have a hydrating cream?')
      await panel.getByRole('button', { name: 'Send' }).click()
      await panel.getByText('Do you have a hydrating cream?').waitFor()

      const card = panel.getByRole('article', { name: 'Hydrating Cream' })
      await card.waitFor()
      await card.getByRole('link', { name: 'View Hydrating Cream' }).waitFor()
      await page.screenshot({ path: `${shots}/chat_widget_answer.png` })
      await card.getByRole('button', { name: 'Add Hydrating Cream to cart' }).click()
      await panel.getByText('Hydrating Cream is in your cart.').waitFor()
      await page.screenshot({ path: `${shots}/chat_widget_added.png` })

      await page.keyboard.press('Escape')
      await panel.waitFor({ state: 'hidden' })
      assert.equal(await launcher.getAttribute('aria-expanded'), 'false')

      // A reload resumes the same conversation from the stored token.
      await page.reload()
      await page.getByRole('button', { name: 'Chat with us' }).click()
      await panel.getByText('Do you have a hydrating cream?').waitFor()
    } finally {
      await context.close()
      await blog.close()
    }
  })

  test('the model’s answer streams into the widget word by word, with its cards', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const fake = await geminiFake(cleanup, { wordsPerChunk: 2, chunkIntervalMs: 300 })
    const answer = 'Our Hydrating Cream suits dry skin and is a customer favourite.'
    fake.queue(
      { functionCalls: [{ name: 'search_products', args: { query: 'hydrating cream' } }] },
      { text: answer }
    )
    const { tenant } = await makeChatShop({ slug: 'widget-stream', name: 'Stream Shop' })
    await makeProduct(tenant, { name: 'Hydrating Cream', priceMinor: 3200 })
    const channel = await withTenant(tenant.id, () =>
      Channel.query().where('kind', 'widget').firstOrFail()
    )
    const blog = await blogWith(channel.publicKey)
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(blog.url)
      await page.getByRole('button', { name: 'Chat with us' }).click()
      const panel = page.getByRole('dialog', { name: 'Chat with Shop assistant' })
      await panel.getByText('Help me choose a product').waitFor()
      assert.equal(await panel.getByText('Basic assistant').count(), 0)
      const conversation = await withTenant(tenant.id, () => Conversation.query().firstOrFail())
      await subscribed(chatChannels.conversation(tenant.id, conversation.id))
      await panel.getByRole('textbox', { name: 'Message' }).fill('A cream for dry skin?')
      await panel.getByRole('button', { name: 'Send' }).click()

      // The first words are shown while the rest is still being written.
      await panel.getByText('Our Hydrating', { exact: true }).waitFor()
      assert.equal(await panel.getByText(answer).count(), 0)
      await page.screenshot({ path: app.makePath('tmp/shots/chat_widget_streaming.png') })
      await panel.getByText(answer).waitFor()
      await panel.getByRole('article', { name: 'Hydrating Cream' }).waitFor()
      await page.screenshot({ path: app.makePath('tmp/shots/chat_widget_streamed.png') })
    } finally {
      await context.close()
      await blog.close()
    }
  })

  test('an agent’s typing and reply reach the open widget live', async ({ browser, assert }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-agent', name: 'Agent Shop' })
    const channel = await withTenant(tenant.id, () =>
      Channel.query().where('kind', 'widget').firstOrFail()
    )
    const blog = await blogWith(channel.publicKey)
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(blog.url)
      await page.getByRole('button', { name: 'Chat with us' }).click()
      const panel = page.getByRole('dialog', { name: 'Chat with Shop assistant' })
      await panel.getByRole('button', { name: 'Talk to a person' }).click()
      await panel.getByText(/will answer|away now/).waitFor()
      await panel.getByRole('button', { name: 'Talk to a person' }).waitFor({ state: 'hidden' })
      const conversation = await withTenant(tenant.id, () =>
        Conversation.query().where('status', 'waiting').firstOrFail()
      )

      // Live only: the widget learns of these through the conversation's channel.
      await subscribed(chatChannels.conversation(tenant.id, conversation.id))
      publishToConversation(tenant.id, conversation.id, {
        type: 'typing',
        who: 'agent',
        name: 'Maya',
      })
      await panel.getByText('Maya is typing…').waitFor()
      await withTenant(tenant.id, async () => {
        const fresh = await Conversation.findOrFail(conversation.id)
        await appendMessage(fresh, {
          author: 'agent',
          body: 'Hi, I am Maya. How can I help? Our returns: https://example.com/returns.',
          authorName: 'Maya',
        })
      })
      await panel.getByText('Hi, I am Maya. How can I help?').waitFor()
      const link = panel.getByRole('link', { name: 'https://example.com/returns' })
      assert.equal(await link.getAttribute('href'), 'https://example.com/returns')
      await panel.getByText('Maya', { exact: true }).waitFor()
      await page.screenshot({ path: app.makePath('tmp/shots/chat_widget_agent.png') })
    } finally {
      await context.close()
      await blog.close()
    }
  })

  test('the chat works on a storefront page served from the page cache', async ({
    browser,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'widget-cached', name: 'Cached Chat' })
    const url = `${env.get('APP_URL')}/s/widget-cached/search?q=serum`
    await warm(url)
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const landing = await page.goto(url)
      assert.equal(landing?.headers()['x-wrencos-cache'], 'hit')
      await page.locator('body[data-ready]').waitFor()
      await page.getByRole('button', { name: 'Chat with us' }).click()
      const panel = page.getByRole('dialog', { name: 'Chat with Shop assistant' })
      await panel.getByRole('textbox', { name: 'Message' }).fill('Do you sell serums?')
      await panel.getByRole('button', { name: 'Send' }).click()
      await panel.getByText('Do you sell serums?').waitFor()
      const conversation = await withTenant(tenant.id, () => Conversation.query().firstOrFail())
      assert.equal(conversation.channelKind, 'storefront')
    } finally {
      await context.close()
    }
  })

  test('a storefront page shows the chat launcher', async ({ browser }) => {
    await makeChatShop({ slug: 'widget-shop', name: 'Widget Shop' })
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(`${env.get('APP_URL')}/s/widget-shop/search?q=cream`)
      await page.locator('body[data-ready]').waitFor()
      await page.getByRole('button', { name: 'Chat with us' }).click()
      const panel = page.getByRole('dialog', { name: 'Chat with Shop assistant' })
      await panel.getByRole('textbox', { name: 'Message' }).fill('Hello there')
      await panel.getByRole('button', { name: 'Send' }).click()
      await panel.getByText('Hello there').waitFor()
      await page.screenshot({ path: app.makePath('tmp/shots/chat_storefront_launcher.png') })
    } finally {
      await context.close()
    }
  })
})
