import app from '@adonisjs/core/services/app'
import { test } from '@japa/runner'
import type { Page } from 'playwright'
import env from '#start/env'
import { CartActions } from '#kernel/contracts/cart_actions'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD, makeCustomer } from '#tests/support/factories'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { makeOrder } from '#modules/storefront/tests/support/order_factories'
import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import { receiveCustomerMessage } from '#modules/chat/conversations/customer_message'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

async function ready(page: Page) {
  await page.locator('body[data-ready]').waitFor()
}

async function signIn(page: Page, url: string, email: string) {
  await page.goto(url)
  await ready(page)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`**${new URL(url).pathname}*`)
  await ready(page)
}

test.group('Chat inbox in a browser', (group) => {
  group.each.teardown(() => replies.settled())

  test('an agent sees the customer write live, takes over and the customer sees the reply live', async ({
    browser,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop({ slug: 'inbox-live', name: 'Inbox Live' })
    const shots = app.makePath('tmp/shots')
    const appUrl = env.get('APP_URL')
    const customerContext = await browser.newContext()
    const agentContext = await browser.newContext()
    try {
      const agent = await agentContext.newPage()
      await signIn(agent, `${appUrl}/app/${tenant.slug}/chat/inbox?tab=all`, owner.email)
      await agent.getByText('No conversations yet.', { exact: false }).waitFor()

      const customer = await customerContext.newPage()
      await customer.goto(`${appUrl}/s/${tenant.slug}`)
      await ready(customer)
      await customer.getByRole('button', { name: 'Chat with us' }).click()
      const panel = customer.getByRole('dialog', { name: 'Chat with Shop assistant' })
      await panel.getByRole('textbox', { name: 'Message' }).fill('My parcel has not arrived')
      await panel.getByRole('button', { name: 'Send' }).click()
      await panel.getByText('My parcel has not arrived').waitFor()

      // The inbox list updates by itself.
      const row = agent.getByRole('row', { name: /My parcel has not arrived/ })
      await row.waitFor()
      await agent.screenshot({ path: `${shots}/chat_inbox_list.png`, fullPage: true })
      await row.getByRole('link').first().click()
      await agent.waitForURL(`**/app/${tenant.slug}/chat/inbox/*`)
      await ready(agent)
      await agent.getByText('My parcel has not arrived').first().waitFor()

      await agent.getByRole('button', { name: 'Take over' }).click()
      await agent.getByRole('button', { name: 'Hand back to assistant' }).waitFor()
      await panel.getByText(`${owner.name} joined the conversation`).waitFor()

      await agent.getByRole('textbox', { name: 'Reply' }).fill('Sorry! Let me check the tracking.')
      await agent.getByRole('button', { name: 'Send' }).click()
      await panel.getByText('Sorry! Let me check the tracking.').waitFor()
      await customer.screenshot({ path: `${shots}/chat_inbox_customer_side.png` })

      // And back: the customer's next message appears in the open conversation.
      await panel.getByRole('textbox', { name: 'Message' }).fill('Thank you, order 1042')
      await panel.getByRole('button', { name: 'Send' }).click()
      await agent.getByText('Thank you, order 1042').waitFor()
      await agent.screenshot({ path: `${shots}/chat_inbox_conversation.png`, fullPage: true })

      const bubbles = await agent.locator('[data-author="bot"]').count()
      await replies.settled()
      assert.equal(
        await agent.locator('[data-author="bot"]').count(),
        bubbles,
        'the assistant stays silent once an agent took over'
      )
    } finally {
      await customerContext.close()
      await agentContext.close()
    }
  })

  test('canned responses are written once and inserted with "/"; notes stay with the team', async ({
    browser,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop({ slug: 'inbox-canned', name: 'Inbox Canned' })
    const marie = await makeCustomer(tenant.id, 'marie@example.com')
    const balm = await makeProduct(tenant, { name: 'Rose Balm', priceMinor: 1800, stock: 20 })
    const order = await makeOrder(tenant, {
      customerId: marie.id,
      email: marie.email,
      status: 'paid',
      paymentStatus: 'paid',
      lines: [{ variant: balm.variants[0], quantity: 1 }],
    })
    const carts = await app.container.make(CartActions)
    const cart = await withTenant(tenant.id, () =>
      carts.add({ cartId: null, customerId: marie.id, variantId: balm.variants[0].id, quantity: 2 })
    )
    const { conversation } = await makeConversation(tenant, {
      customerId: marie.id,
      cartId: cart.id,
    })
    await withTenant(tenant.id, async () =>
      receiveCustomerMessage(
        await Conversation.findOrFail(conversation.id),
        'How long is delivery?'
      )
    )
    await replies.settled()
    const shots = app.makePath('tmp/shots')
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      const base = `${env.get('APP_URL')}/app/${tenant.slug}/chat`
      await signIn(page, `${base}/canned-responses`, owner.email)
      await page.getByText('No canned responses yet.', { exact: false }).waitFor()
      await page.getByRole('button', { name: 'New canned response' }).click()
      const dialog = page.getByRole('dialog', { name: 'New canned response' })
      await dialog.getByLabel('Title').fill('Delivery times')
      await dialog.getByLabel('Shortcut').fill('delivery')
      await dialog.getByLabel('Message').fill('We deliver within 2 working days.')
      await dialog.getByRole('button', { name: 'Create' }).click()
      await page.getByRole('cell', { name: '/delivery', exact: true }).waitFor()
      await dialog.waitFor({ state: 'hidden' })
      await page.screenshot({ path: `${shots}/chat_canned_responses.png`, fullPage: true })

      await page.goto(`${base}/inbox/${conversation.id}`)
      await ready(page)
      await page.getByText('marie@example.com').waitFor()
      await page.getByText('2 × Rose Balm').waitFor()
      await page.getByRole('link', { name: `#${order.number}` }).waitFor()
      await page.getByText('Internal note', { exact: true }).click()
      await page.getByRole('textbox', { name: 'Internal note' }).fill('Asked twice already')
      await page.getByRole('button', { name: 'Add note' }).click()
      await page.locator('[data-author="note"]', { hasText: 'Asked twice already' }).waitFor()

      await page.getByText('Reply to customer', { exact: true }).click()
      const reply = page.getByRole('textbox', { name: 'Reply' })
      await reply.fill('/deli')
      await page.getByRole('option', { name: /\/delivery Delivery times/ }).waitFor()
      await reply.press('Enter')
      assert.equal(await reply.inputValue(), 'We deliver within 2 working days.')
      await page.getByRole('button', { name: 'Send' }).click()
      await page
        .locator('[data-author="agent"]', { hasText: 'We deliver within 2 working days.' })
        .waitFor()
      await page.getByText('A person answering', { exact: true }).waitFor()
      await page.screenshot({ path: `${shots}/chat_inbox_note_and_canned.png`, fullPage: true })

      const messages = await withTenant(tenant.id, () =>
        Message.query().where('conversation_id', conversation.id).where('author', 'agent')
      )
      assert.sameDeepMembers(
        messages.map(({ body, internal }) => ({ body, internal })),
        [
          { body: 'Asked twice already', internal: true },
          { body: 'We deliver within 2 working days.', internal: false },
        ]
      )
    } finally {
      await context.close()
    }
  })
})
