import app from '@adonisjs/core/services/app'
import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { TEST_PASSWORD } from '#tests/support/factories'
import Faq from '#modules/chat/models/faq'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

async function signIn(page: Page, email: string) {
  await page.locator('body[data-ready]').waitFor()
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(TEST_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

test.group('Chat FAQ in a browser', () => {
  test('creates the first FAQ and tests a question against it', async ({ visit, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/faqs`
    const shots = app.makePath('tmp/shots')

    const page = await visit(base)
    await signIn(page, owner.email)
    await page.waitForURL(`**${base}`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('No FAQ yet').waitFor()
    await page.screenshot({ path: `${shots}/chat_faqs_empty.png`, fullPage: true })

    await page.getByRole('link', { name: 'Create your first FAQ' }).click()
    await page.waitForURL(`**${base}/new`)
    await page.locator('body[data-ready]').waitFor()
    await page.getByRole('button', { name: 'Create FAQ' }).click()
    await page.getByText('Enter the question.').waitFor()
    await page.getByText('Enter the answer.').waitFor()

    await page.getByRole('textbox', { name: 'Question' }).fill('What is your return policy?')
    await page.getByText('Enter the question.').waitFor({ state: 'detached' })
    await page
      .getByRole('textbox', { name: 'Answer' })
      .fill('Unopened products can be returned within 30 days.')
    await page.getByRole('combobox', { name: 'Category' }).fill('Returns')
    await page.getByRole('combobox', { name: 'Tags' }).fill('refund')
    await page.keyboard.press('Enter')
    await page.getByRole('textbox', { name: 'Priority' }).fill('60')
    await page.screenshot({ path: `${shots}/chat_faq_form.png`, fullPage: true })
    await page.getByRole('button', { name: 'Create FAQ' }).click()

    await page.waitForURL(`**${base}`)
    await page.getByText('FAQ “What is your return policy?” created.').waitFor()
    await page.getByLabel('Customer question').fill('whats your retrun policy')
    await page.getByRole('button', { name: 'Test', exact: true }).click()
    const results = page.getByTestId('faq-test-results')
    await results.getByText('Best match').waitFor()
    await results.getByText('What is your return policy?').waitFor()
    await page.locator('button[data-loading]').waitFor({ state: 'detached' })
    await page.screenshot({ path: `${shots}/chat_faqs_tested.png`, fullPage: true })

    const faq = await withTenant(tenant.id, () => Faq.query().firstOrFail())
    assert.equal(faq.category, 'Returns')
    assert.deepEqual(faq.tags, ['refund'])
    assert.equal(faq.priority, 60)
  })
})
