import app from '@adonisjs/core/services/app'
import { test } from '@japa/runner'
import type { Page } from 'playwright'
import env from '#start/env'
import { TEST_PASSWORD } from '#tests/support/factories'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

async function ready(page: Page) {
  await page.locator('body[data-ready]').waitFor()
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
      await agent.goto(`${appUrl}/app/${tenant.slug}/chat/inbox?tab=all`)
      await ready(agent)
      await agent.locator('input[name="email"]').fill(owner.email)
      await agent.locator('input[name="password"]').fill(TEST_PASSWORD)
      await agent.getByRole('button', { name: 'Sign in' }).click()
      await agent.waitForURL(`**/app/${tenant.slug}/chat/inbox?tab=all`)
      await ready(agent)
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
})
