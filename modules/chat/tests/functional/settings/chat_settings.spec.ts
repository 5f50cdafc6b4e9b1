import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import AuditEvent from '#kernel/audit/audit_event'
import { addMember } from '#tests/support/factories'
import { chatSettings, workspaceGeminiKey } from '#modules/chat/settings/chat_settings'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

const VALID = {
  assistantName: 'Lumi',
  tone: 'professional',
  instructions: 'Recommend the sample size to first-time buyers.',
  languages: ['en', 'fr'],
  temperature: 0.2,
  maxOutputTokens: 400,
  memoryWindow: 12,
  welcomeMessage: 'Bonjour! How can I help?',
  quickReplies: ['Track my order', 'Best serum for dry skin'],
  businessHours: {
    enabled: true,
    days: { mon: { open: '09:00', close: '17:30' }, sat: { open: '10:00', close: '14:00' } },
  },
  autoAssign: 'round_robin',
}

function errorsOf(response: { body(): any }) {
  return Object.fromEntries(
    (response.body().errors as { field: string; message: string }[]).map((error) => [
      error.field,
      error.message,
    ])
  )
}

test.group('Chat settings', () => {
  test('saves every assistant setting and shows them back', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/settings`
    const saved = await client.put(base).json(VALID).loginAs(owner).withCsrfToken().redirects(0)
    saved.assertStatus(302)

    const settings = await withTenant(tenant.id, () => chatSettings())
    assert.equal(settings.assistantName, 'Lumi')
    assert.deepEqual(settings.languages, ['en', 'fr'])
    assert.deepEqual(settings.quickReplies, ['Track my order', 'Best serum for dry skin'])
    assert.deepEqual(settings.businessHours, VALID.businessHours)
    assert.equal(settings.autoAssign, 'round_robin')
    const audit = await withTenant(tenant.id, () =>
      AuditEvent.query().where('action', 'module.settings_changed').where('subject_id', 'chat')
    )
    assert.isAtLeast(audit.length, 1)

    const cleared = await client
      .put(base)
      .json({ ...VALID, instructions: '' })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    cleared.assertStatus(302)
    assert.equal((await withTenant(tenant.id, () => chatSettings())).instructions, '')

    const page = await client.get(base).loginAs(owner).withInertia()
    page.assertInertiaComponent('chat/settings/index')
    assert.equal(page.inertiaProps.settings.assistantName, 'Lumi')
    assert.equal(page.inertiaProps.settings.temperature, 0.2)
  })

  test('refuses bad input field by field and saves nothing', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/settings`
    const put = (body: object) =>
      client.put(base).json(body).loginAs(owner).accept('json').withCsrfToken().redirects(0)

    const bad = await put({
      ...VALID,
      assistantName: '',
      languages: [],
      temperature: 3,
      quickReplies: ['1', '2', '3', '4', '5', '6', '7'],
      businessHours: { enabled: true, days: { mon: { open: '9am', close: '25:00' } } },
    })
    bad.assertStatus(422)
    const messages = errorsOf(bad)
    assert.match(messages.assistantName, /name/)
    assert.equal(messages.languages, 'Choose at least one language.')
    assert.match(messages.temperature, /at most 1/)
    assert.equal(messages.quickReplies, 'Up to 6 quick replies.')
    assert.match(messages['businessHours.days.mon.open'], /HH:MM/)
    assert.match(messages['businessHours.days.mon.close'], /HH:MM/)

    const backwards = await put({
      ...VALID,
      businessHours: { enabled: true, days: { tue: { open: '18:00', close: '09:00' } } },
    })
    backwards.assertStatus(422)
    assert.equal(
      errorsOf(backwards)['businessHours.days.tue.close'],
      'Closing time must be after opening.'
    )

    const settings = await withTenant(tenant.id, () => chatSettings())
    assert.equal(settings.assistantName, 'Shop assistant')
    assert.lengthOf(settings.quickReplies, 3)
    assert.isFalse(settings.businessHours.enabled)

    const form = await client
      .put(base)
      .json({ ...VALID, quickReplies: ['1', '2', '3', '4', '5', '6', '7'] })
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    form.assertStatus(302)
    form.assertFlashMessage('inputErrorsBag', { quickReplies: ['Up to 6 quick replies.'] })
  })

  test('the Gemini key is stored encrypted and never sent back', async ({ client, assert }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/settings`
    const key = 'AIzaSyTESTKEY_abcdefghijklmnop1234wxyz'
    const send = (method: 'put' | 'delete', body: object = {}) =>
      client[method](`${base}/gemini-key`).json(body).loginAs(owner).withCsrfToken().redirects(0)

    const refused = await client
      .put(`${base}/gemini-key`)
      .json({ geminiKey: 'short key!' })
      .loginAs(owner)
      .accept('json')
      .withCsrfToken()
    refused.assertStatus(422)
    assert.equal(errorsOf(refused).geminiKey, 'This does not look like a Gemini API key.')

    ;(await send('put', { geminiKey: key })).assertStatus(302)
    const settings = await withTenant(tenant.id, () => chatSettings())
    assert.isString(settings.geminiApiKeyEncrypted)
    assert.notInclude(settings.geminiApiKeyEncrypted!, key)
    assert.equal(workspaceGeminiKey(settings), key)

    const page = await client.get(base).loginAs(owner).withInertia()
    assert.notInclude(JSON.stringify(page.inertiaProps), key)
    assert.notInclude(JSON.stringify(page.inertiaProps), settings.geminiApiKeyEncrypted!)
    assert.equal(page.inertiaProps.gemini.ownKeyEnding, 'wxyz')

    ;(await send('delete')).assertStatus(302)
    const removed = await withTenant(tenant.id, () => chatSettings())
    assert.isNull(removed.geminiApiKeyEncrypted)
    const after = await client.get(base).loginAs(owner).withInertia()
    assert.isNull(after.inertiaProps.gemini.ownKeyEnding)
  })

  test('an agent cannot see or change the chat settings', async ({ client, assert }) => {
    const { tenant } = await makeChatShop()
    const agent = await addMember(tenant.id, 'agent')
    const base = `/app/${tenant.slug}/chat/settings`
    const page = await client.get(base).loginAs(agent)
    page.assertStatus(403)
    const update = await client
      .put(base)
      .json({ ...VALID, assistantName: 'Hijacked' })
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
      .redirects(0)
    update.assertStatus(403)
    const regenerate = await client
      .post(`${base}/widget/key`)
      .loginAs(agent)
      .accept('json')
      .withCsrfToken()
      .redirects(0)
    regenerate.assertStatus(403)
    const settings = await withTenant(tenant.id, () => chatSettings())
    assert.equal(settings.assistantName, 'Shop assistant')
  })
})
