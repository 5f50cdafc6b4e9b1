import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD } from '#tests/support/factories'
import { ensureWidgetChannel } from '#modules/chat/channels/widget_channel'
import { chatSettings } from '#modules/chat/settings/chat_settings'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

const SHOTS = 'tmp/shots'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Chat settings in a browser', () => {
  test('an owner edits the assistant, hours, Gemini key and widget', async ({ visit, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const url = `/app/${tenant.slug}/chat/settings`
    const page = await visit(url)
    await signIn(page, owner.email)
    await page.waitForURL(`**${url}`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('Conversations this month').waitFor()
    await page.screenshot({ path: `${SHOTS}/chat_settings.png`, fullPage: true })

    await page.getByRole('textbox', { name: /^Name/ }).fill('Lumi')
    for (let count = 3; count < 6; count++) {
      await page.getByRole('button', { name: 'Add a quick reply' }).click()
      await page
        .getByRole('textbox', { name: `Quick reply ${count + 1}` })
        .fill(`Question ${count + 1}`)
    }
    assert.isTrue(await page.getByRole('button', { name: '6 quick replies at most' }).isDisabled())
    await page.getByLabel('Staff answer only during business hours').check()
    await page.getByLabel('Monday closes at').fill('08:00')
    await page.getByRole('button', { name: 'Save chat settings' }).click()
    await page.getByText('Closing time must be after opening.').waitFor()
    await page.screenshot({ path: `${SHOTS}/chat_settings_error.png`, fullPage: true })
    await page.getByLabel('Monday closes at').fill('17:30')
    await page.getByRole('button', { name: 'Save chat settings' }).click()
    await page.getByText('Chat settings saved.').waitFor()
    const settings = await withTenant(tenant.id, () => chatSettings())
    assert.equal(settings.assistantName, 'Lumi')
    assert.lengthOf(settings.quickReplies, 6)
    assert.deepEqual(settings.businessHours.days.mon, { open: '09:00', close: '17:30' })

    await page.getByLabel('Use your own Gemini key').fill('AIzaSyTESTKEY_abcdefghijklmnop1234wxyz')
    await page.getByRole('button', { name: 'Save key' }).click()
    await page.getByText('…wxyz').waitFor()
    await page.getByRole('button', { name: 'Remove key' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Remove key' }).click()
    await page.getByText('Your Gemini key is removed.').waitFor()

    const before = await withTenant(tenant.id, () => ensureWidgetChannel())
    await page.getByLabel('Allowed websites').fill('https://shop.example/blog')
    await page.getByRole('button', { name: 'Save widget' }).click()
    await page.getByText(/Line 1: enter only a website address/).waitFor()
    await page.getByLabel('Allowed websites').fill('https://shop.example')
    await page.getByRole('button', { name: 'Save widget' }).click()
    await page.getByText('Widget settings saved.').waitFor()
    await page.getByRole('button', { name: 'Regenerate key' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Make new key' }).click()
    await page.getByText(/New widget key made/).waitFor()
    const after = await withTenant(tenant.id, () => ensureWidgetChannel())
    assert.notEqual(after.publicKey, before.publicKey)
    assert.deepEqual(after.settings.allowedOrigins, ['https://shop.example'])
    assert.include(await page.getByTestId('widget-snippet').innerText(), after.publicKey)
    await page.screenshot({ path: `${SHOTS}/chat_settings_saved.png`, fullPage: true })
  }).timeout(60_000)
})
