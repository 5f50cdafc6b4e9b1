import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type User from '#kernel/identity/models/user'
import type Customer from '#kernel/identity/models/customer'
import { channels, defineStaffTopic } from '#kernel/realtime/channels'
import { addMember, makeCustomer, makeWorkspace } from '#tests/support/factories'
import { openLiveStream } from '#tests/support/live'

type Who = { staff: User } | { customer: Customer } | null

async function subscribe(client: ApiClient, who: Who, channel: string) {
  const stream = openLiveStream()
  try {
    let request = client.post('/__transmit/subscribe').json({ uid: stream.uid, channel })
    if (who && 'staff' in who) request = request.loginAs(who.staff)
    if (who && 'customer' in who) request = request.withGuard('customer').loginAs(who.customer)
    const response = await request.withCsrfToken()
    return response.status()
  } finally {
    stream.close()
  }
}

test.group('Live channel authorization', (group) => {
  group.setup(() => defineStaffTopic('alpha_inbox', 'alpha.notes.view'))

  test('staff hear their own channel in their workspace only', async ({ client, assert }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    const mine = channels.staffMember(first.tenant.id, first.owner.id)

    assert.equal(await subscribe(client, { staff: first.owner }, mine), 204)
    assert.equal(
      await subscribe(client, { staff: second.owner }, mine),
      400,
      'another workspace’s owner'
    )
    assert.equal(
      await subscribe(
        client,
        { staff: first.owner },
        channels.staffMember(second.tenant.id, first.owner.id)
      ),
      400,
      'own user id, but a workspace they are not a member of'
    )
    const colleague = await addMember(first.tenant.id, 'manager')
    assert.equal(
      await subscribe(client, { staff: colleague }, mine),
      400,
      'a colleague’s personal channel'
    )
    assert.equal(await subscribe(client, null, mine), 400, 'nobody signed in')
  })

  test('staff topics need the topic’s permission in that workspace', async ({ client, assert }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    const manager = await addMember(first.tenant.id, 'manager')
    const agent = await addMember(first.tenant.id, 'agent')
    const inbox = channels.staffTopic(first.tenant.id, 'alpha_inbox')

    assert.equal(await subscribe(client, { staff: manager }, inbox), 204)
    assert.equal(await subscribe(client, { staff: agent }, inbox), 400, 'no permission')
    assert.equal(await subscribe(client, { staff: second.owner }, inbox), 400, 'other workspace')
    assert.equal(
      await subscribe(client, { staff: manager }, channels.staffTopic(first.tenant.id, 'unknown')),
      400,
      'a topic nobody declared'
    )
  })

  test('customers hear only their own topics, never staff channels', async ({ client, assert }) => {
    const first = await makeWorkspace()
    const second = await makeWorkspace()
    const buyer = await makeCustomer(first.tenant.id)
    const other = await makeCustomer(first.tenant.id)
    const sameEmailElsewhere = await makeCustomer(second.tenant.id, buyer.email)

    assert.equal(
      await subscribe(
        client,
        { customer: buyer },
        channels.customerTopic(first.tenant.id, buyer.id, 'chat')
      ),
      204
    )
    assert.equal(
      await subscribe(
        client,
        { customer: buyer },
        channels.customerTopic(first.tenant.id, other.id, 'chat')
      ),
      400,
      'another customer'
    )
    assert.equal(
      await subscribe(
        client,
        { customer: sameEmailElsewhere },
        channels.customerTopic(first.tenant.id, buyer.id, 'chat')
      ),
      400,
      'a customer of another workspace with the same email'
    )
    assert.equal(
      await subscribe(
        client,
        { customer: buyer },
        channels.staffMember(first.tenant.id, first.owner.id)
      ),
      400,
      'a staff channel'
    )
    assert.equal(
      await subscribe(
        client,
        { customer: buyer },
        channels.staffTopic(first.tenant.id, 'alpha_inbox')
      ),
      400,
      'a staff topic'
    )
  })

  test('channels outside the naming scheme are refused', async ({ client, assert }) => {
    const { owner } = await makeWorkspace()
    assert.equal(await subscribe(client, { staff: owner }, 'announcements'), 400)
    assert.equal(await subscribe(client, { staff: owner }, 'tenants/x/other/y/z'), 400)
  })

  test('a subscribed tab receives what is broadcast on its channel', async ({ client, assert }) => {
    const { tenant, owner } = await makeWorkspace()
    const channel = channels.staffMember(tenant.id, owner.id)
    const stream = openLiveStream()
    const response = await client
      .post('/__transmit/subscribe')
      .json({ uid: stream.uid, channel })
      .loginAs(owner)
      .withCsrfToken()
    response.assertStatus(204)
    const { default: transmit } = await import('@adonisjs/transmit/services/main')
    transmit.broadcast(channel, { type: 'ping', n: 1 })
    transmit.broadcast(channels.staffMember(tenant.id, 'someone-else'), { type: 'ping', n: 2 })
    await new Promise((resolve) => setTimeout(resolve, 50))
    assert.deepEqual(stream.messages(), [{ channel, payload: { type: 'ping', n: 1 } }])
    stream.close()
  })
})
