import { test } from '@japa/runner'

test.group('Landing page', () => {
  test('shows the heading and leads to sign-up', async ({ visit }) => {
    const page = await visit('/')
    await page.locator('body[data-ready]').waitFor()
    await page.assertTextContains('h1', 'Run your whole shop in one place')
    await page.assertExists('a[href="/signup"]')
    await page.screenshot({ path: 'tmp/screenshots/landing.png', fullPage: true })
  })
})
