import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import env from '#start/env'
import { TEST_PASSWORD } from '#tests/support/factories'
import { makeShop } from '#modules/storefront/tests/support/storefront_factories'

const SHOTS = 'tmp/screenshots'

test.group('API tokens in a browser', () => {
  test('create a token, copy it once, use it, revoke it', async ({ visit, assert }) => {
    const { tenant, owner } = await makeShop({ slug: 'token-shop', name: 'Token Shop' })
    const page = await visit('/app/token-shop/settings/api-tokens')
    await page.locator('body[data-ready]').waitFor()
    await page.locator('input[name="email"]').fill(owner.email)
    await page.locator('input[name="password"]').fill(TEST_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL((url) => url.pathname === '/app/token-shop/settings/api-tokens')
    await page.locator('body[data-ready]').waitFor()
    await page.getByText('No API tokens yet').waitFor()

    await page.getByLabel('Name').fill('Mobile app')
    await page.getByLabel(/Read products and categories/).check()
    await page.getByLabel(/Read orders/).check()
    await page.screenshot({ path: `${SHOTS}/api_tokens_form.png`, fullPage: true })
    await page.getByRole('button', { name: 'Create token' }).click()
    const shown = page.getByTestId('new-token')
    await shown.waitFor()
    const secret = (await shown.textContent())!.trim()
    assert.match(secret, /^wrc_/)
    await page.getByRole('cell', { name: /Mobile app/ }).waitFor()
    await page.screenshot({ path: `${SHOTS}/api_tokens_created.png`, fullPage: true })

    const api = await fetch(`${env.get('APP_URL')}/api/v1/products`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    assert.equal(api.status, 200)

    await page.reload()
    await page.locator('body[data-ready]').waitFor()
    assert.equal(await page.getByTestId('new-token').count(), 0)

    await page.getByRole('button', { name: 'Revoke' }).click()
    const dialog = page.getByRole('dialog', { name: 'Revoke "Mobile app"?' })
    await dialog.getByRole('button', { name: 'Revoke' }).click()
    await page.getByText('Token "Mobile app" revoked. It no longer works.').waitFor()
    await page.screenshot({ path: `${SHOTS}/api_tokens_revoked.png`, fullPage: true })
    const rows = await db.from('api_tokens').where('tokenable_id', tenant.id)
    assert.lengthOf(rows, 0)
    const refused = await fetch(`${env.get('APP_URL')}/api/v1/products`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    assert.equal(refused.status, 401)
  })
})
