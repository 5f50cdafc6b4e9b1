import { test } from '@japa/runner'

test.group('Error pages', () => {
  test('an unknown URL renders the 404 page', async ({ client, assert }) => {
    const response = await client.get('/this/page/does/not/exist')
    response.assertStatus(404)
    assert.include(response.text(), 'Page not found')
  })

  test('an unknown URL answers JSON clients with JSON', async ({ client }) => {
    const response = await client.get('/this/page/does/not/exist').accept('json')
    response.assertStatus(404)
    response.assertBodyContains({ message: 'Cannot GET:/this/page/does/not/exist' })
  })

  test('the landing page is server-side rendered', async ({ client, assert }) => {
    const response = await client.get('/')
    response.assertStatus(200)
    assert.include(response.text(), 'Run your whole shop in one place')
    assert.include(response.text(), 'href="/signup"')
  })
})
