import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { addMember } from '#tests/support/factories'
import CannedResponse from '#modules/chat/models/canned_response'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

test.group('Chat canned responses', () => {
  test('create, list, search, edit and delete; shortcuts unique per workspace', async ({
    client,
    assert,
  }) => {
    const { tenant, owner } = await makeChatShop()
    const base = `/app/${tenant.slug}/chat/canned-responses`
    const save = (data: Record<string, unknown>, id?: string) =>
      (id ? client.put(`${base}/${id}`) : client.post(base))
        .json(data)
        .loginAs(owner)
        .withCsrfToken()
        .accept('json')
        .redirects(0)

    ;(
      await save({ title: 'Shipping', shortcut: 'Shipping', body: 'We ship within 2 days.' })
    ).assertStatus(302)
    ;(
      await save({ title: 'Returns', shortcut: 'returns', body: '30 days to return.' })
    ).assertStatus(302)

    const taken = await save({ title: 'Other', shortcut: 'shipping', body: 'x' })
    taken.assertStatus(422)
    assert.match(JSON.stringify(taken.body()), /already used by “Shipping”/)
    ;(await save({ title: '', shortcut: 'has space', body: '' })).assertStatus(422)
    ;(await save({ title: 'Long', shortcut: 'long', body: 'x'.repeat(4001) })).assertStatus(422)

    const page = await client.get(base).loginAs(owner).withInertia()
    page.assertInertiaComponent('chat/canned/index')
    assert.deepEqual(
      page.inertiaProps.responses.map((response: { shortcut: string }) => response.shortcut),
      ['returns', 'shipping']
    )
    const searched = await client.get(`${base}?q=2%20days`).loginAs(owner).withInertia()
    assert.deepEqual(
      searched.inertiaProps.responses.map((response: { title: string }) => response.title),
      ['Shipping']
    )

    const shipping = await withTenant(tenant.id, () =>
      CannedResponse.findByOrFail('shortcut', 'shipping')
    )
    ;(await save({ title: 'Shipping', shortcut: 'returns', body: 'x' }, shipping.id)).assertStatus(
      422
    )
    ;(
      await save({ title: 'Delivery', shortcut: 'shipping', body: 'Within 48 hours.' }, shipping.id)
    ).assertStatus(302)
    const edited = await withTenant(tenant.id, () => CannedResponse.findOrFail(shipping.id))
    assert.equal(edited.title, 'Delivery')

    const removed = await client
      .delete(`${base}/${shipping.id}`)
      .loginAs(owner)
      .withCsrfToken()
      .redirects(0)
    removed.assertStatus(302)
    assert.isNull(await withTenant(tenant.id, () => CannedResponse.find(shipping.id)))
  })

  test('needs the knowledge permission, and stays within the workspace', async ({
    client,
    assert,
  }) => {
    const shopA = await makeChatShop()
    const shopB = await makeChatShop()
    const agent = await addMember(shopA.tenant.id, 'agent')
    const theirs = await withTenant(shopB.tenant.id, () =>
      CannedResponse.create({ title: 'Hi', shortcut: 'hi', body: 'Hello!' })
    )
    const base = `/app/${shopA.tenant.slug}/chat/canned-responses`

    ;(await client.get(base).loginAs(agent).accept('json')).assertStatus(403)
    ;(
      await client
        .post(base)
        .json({ title: 'Hi', shortcut: 'hi', body: 'x' })
        .loginAs(agent)
        .withCsrfToken()
        .accept('json')
    ).assertStatus(403)

    const list = await client.get(base).loginAs(shopA.owner).withInertia()
    assert.deepEqual(list.inertiaProps.responses, [])
    // The same shortcut is free in another workspace.
    ;(
      await client
        .post(base)
        .json({ title: 'Hi', shortcut: 'hi', body: 'Hey there' })
        .loginAs(shopA.owner)
        .withCsrfToken()
        .redirects(0)
    ).assertStatus(302)
    for (const request of [
      client.put(`${base}/${theirs.id}`).json({ title: 'X', shortcut: 'x', body: 'x' }),
      client.delete(`${base}/${theirs.id}`),
    ]) {
      const response = await request.loginAs(shopA.owner).withCsrfToken().accept('json')
      response.assertStatus(404)
    }
    const still = await withTenant(shopB.tenant.id, () => CannedResponse.findOrFail(theirs.id))
    assert.equal(still.body, 'Hello!')
  })
})
