import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import Channel from '#modules/chat/models/channel'
import { ensureWidgetChannel, tenantIdOfWidgetKey } from '#modules/chat/channels/widget_channel'
import { chatSettings } from '#modules/chat/settings/chat_settings'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

/** The channel a widget key opens, found the way a widget request finds it. */
async function channelOfKey(key: string) {
  const tenantId = tenantIdOfWidgetKey(key)
  if (!tenantId) return null
  return withTenant(tenantId, () => Channel.query().where('public_key', key).first())
}

const WIDGET = {
  color: '#7c3aed',
  position: 'bottom-left',
  greeting: 'Questions? Ask us!',
  allowedOrigins:
    'https://www.lumiere.example\n\nhttp://localhost:8080/\nhttps://www.lumiere.example',
  active: true,
}

test.group('Chat settings: the website widget', () => {
  test('shows the embed snippet and saves looks and allowed websites as origins', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/settings`
    const page = await client.get(base).loginAs(owner).withInertia()
    const channel = await withTenant(tenant.id, () => ensureWidgetChannel())
    assert.equal(page.inertiaProps.widget.key, channel.publicKey)
    assert.match(
      page.inertiaProps.widget.snippet,
      new RegExp(
        `^<script src="http[^"]+/chat/widget\\.js" data-key="${channel.publicKey}" async></script>$`
      )
    )

    const saved = await client
      .put(`${base}/widget`)
      .json(WIDGET)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    await withTenant(tenant.id, () => channel.refresh())
    assert.deepEqual(channel.settings, {
      color: '#7c3aed',
      position: 'bottom-left',
      greeting: 'Questions? Ask us!',
      allowedOrigins: ['https://www.lumiere.example', 'http://localhost:8080'],
    })
  })

  test('refuses an address with a path, a non-web address and a bad colour', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const put = (body: object) =>
      client
        .put(`/app/${tenant.slug}/chat/settings/widget`)
        .json({ ...WIDGET, ...body })
        .loginAs(owner)
        .accept('json')
        .withCsrfToken()
    const withPath = await put({ allowedOrigins: 'https://ok.example\nhttps://shop.example/blog' })
    withPath.assertStatus(422)
    assert.match(withPath.body().errors[0].message, /^Line 2: enter only a website address/)
    ;(await put({ allowedOrigins: 'ftp://files.example' })).assertStatus(422)
    ;(await put({ allowedOrigins: 'not a url' })).assertStatus(422)
    const colour = await put({ color: 'purple' })
    colour.assertStatus(422)
    assert.equal(colour.body().errors[0].message, 'Choose a colour such as #7c3aed.')

    const channel = await withTenant(tenant.id, () => ensureWidgetChannel())
    assert.deepEqual(channel.settings.allowedOrigins, [])
  })

  test('a new key replaces the old one, which no longer opens the widget', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const old = await withTenant(tenant.id, () => ensureWidgetChannel())
    assert.equal((await channelOfKey(old.publicKey))?.id, old.id)

    const response = await client
      .post(`/app/${tenant.slug}/chat/settings/widget/key`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    const renewed = await withTenant(tenant.id, () => ensureWidgetChannel())
    assert.equal(renewed.id, old.id)
    assert.notEqual(renewed.publicKey, old.publicKey)
    assert.equal(tenantIdOfWidgetKey(renewed.publicKey), tenant.id)
    assert.isNull(await channelOfKey(old.publicKey))
    assert.equal((await channelOfKey(renewed.publicKey))?.id, old.id)
    ;(await client.get(`/chat/w/${old.publicKey}/settings`)).assertStatus(404)
    ;(await client.get(`/chat/w/${renewed.publicKey}/settings`)).assertStatus(200)
  })

  test('a workspace cannot read or change another workspace’s chat settings or widget', async ({
    client,
    assert,
  }) => {
    const a = await makeChatShop()
    const b = await makeChatShop()
    const bChannel = await withTenant(b.tenant.id, () => ensureWidgetChannel())
    const bBase = `/app/${b.tenant.slug}/chat/settings`

    const page = await client.get(bBase).loginAs(a.owner).withInertia()
    assert.oneOf(page.status(), [403, 404])
    assert.notInclude(page.text(), bChannel.publicKey)
    const attempts = [
      client.put(bBase).json({ assistantName: 'Taken over' }),
      client
        .put(`${bBase}/gemini-key`)
        .json({ geminiKey: 'AIzaSyTESTKEY_abcdefghijklmnop1234wxyz' }),
      client.put(`${bBase}/widget`).json({ ...WIDGET, active: false }),
      client.post(`${bBase}/widget/key`),
    ]
    for (const attempt of attempts) {
      const response = await attempt.loginAs(a.owner).accept('json').withCsrfToken().redirects(0)
      assert.oneOf(response.status(), [403, 404])
    }

    const own = await client
      .get(`/app/${a.tenant.slug}/chat/settings`)
      .loginAs(a.owner)
      .withInertia()
    assert.notEqual(own.inertiaProps.widget.key, bChannel.publicKey)
    assert.notInclude(JSON.stringify(own.inertiaProps), bChannel.publicKey)

    await withTenant(b.tenant.id, () => bChannel.refresh())
    assert.isTrue(bChannel.active)
    ;(await client.get(`/chat/w/${bChannel.publicKey}/settings`)).assertStatus(200)
    assert.equal((await channelOfKey(bChannel.publicKey))?.id, bChannel.id)
    const bSettings = await withTenant(b.tenant.id, () => chatSettings())
    assert.equal(bSettings.assistantName, 'Shop assistant')
    assert.isNull(bSettings.geminiApiKeyEncrypted)
  })
})
