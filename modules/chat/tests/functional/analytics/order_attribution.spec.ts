import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import { startSmtpServer } from '#tests/support/smtp_server'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { probeEvent } from '#modules/storefront/tests/support/event_probe'
import {
  ADDRESS,
  configureShop,
  readyCheckout,
} from '#modules/storefront/tests/support/checkout_factories'
import Conversation from '#modules/chat/models/conversation'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

/** The shopper holding the cart places the order at the storefront's checkout. */
async function placeFromCart(client: ApiClient, tenant: Tenant, cartId: string) {
  const placed = probeEvent('storefront.order.placed')
  const response = await client
    .post(`/s/${tenant.slug}/checkout/place`)
    .json({
      email: 'ada@example.com',
      customerName: 'Ada Lovelace',
      shippingAddress: ADDRESS,
      paymentMethod: 'bank_transfer',
    })
    .cookie('cart', cartId)
    .withCsrfToken()
    .redirects(0)
  response.assertStatus(302)
  await runQueuedJobs()
  const [order] = placed
  if (!order || order.cartId !== cartId) {
    throw new Error(`No order was placed from cart ${cartId}: ${response.header('location')}`)
  }
  return order
}

function reload(tenantId: string, id: string) {
  return withTenant(tenantId, () => Conversation.findOrFail(id))
}

test.group('Chat analytics: orders from a conversation', (group) => {
  group.each.setup(async () => {
    const smtp = await startSmtpServer()
    return () => smtp.close()
  })

  test('an order checked out from the conversation’s cart is credited to it', async ({
    client,
    assert,
  }) => {
    const attributed = probeEvent('chat.order.attributed')
    const { tenant } = await makeChatShop()
    await configureShop(tenant)
    const serum = await makeProduct(tenant, { priceMinor: 2400 })
    const checkout = await withTenant(tenant.id, () =>
      readyCheckout([{ variantId: serum.variants[0].id, quantity: 2 }])
    )
    const { conversation } = await makeConversation(tenant, { cartId: checkout.cartId })
    const bystander = await makeConversation(tenant)

    const order = await placeFromCart(client, tenant, checkout.cartId)

    assert.equal((await reload(tenant.id, conversation.id)).orderId, order.orderId)
    assert.isNull((await reload(tenant.id, bystander.conversation.id)).orderId)
    assert.deepEqual(attributed, [
      {
        tenantId: tenant.id,
        conversationId: conversation.id,
        orderId: order.orderId,
        totalMinor: order.totalMinor,
        currency: order.currency,
      },
    ])
  })

  test('an order from a cart no conversation touched credits nothing', async ({
    client,
    assert,
  }) => {
    const attributed = probeEvent('chat.order.attributed')
    const { tenant } = await makeChatShop()
    await configureShop(tenant)
    const serum = await makeProduct(tenant, { priceMinor: 2400 })
    const { conversation } = await makeConversation(tenant)
    const checkout = await withTenant(tenant.id, () =>
      readyCheckout([{ variantId: serum.variants[0].id, quantity: 1 }])
    )
    await placeFromCart(client, tenant, checkout.cartId)

    assert.isNull((await reload(tenant.id, conversation.id)).orderId)
    assert.deepEqual(attributed, [])
  })

  test('another workspace’s conversation naming the same cart is never credited', async ({
    client,
    assert,
  }) => {
    const attributed = probeEvent('chat.order.attributed')
    const a = await makeChatShop()
    const b = await makeChatShop()
    await configureShop(a.tenant)
    const serum = await makeProduct(a.tenant, { priceMinor: 2400 })
    const checkout = await withTenant(a.tenant.id, () =>
      readyCheckout([{ variantId: serum.variants[0].id, quantity: 1 }])
    )
    const foreign = await makeConversation(b.tenant, { cartId: checkout.cartId })

    await placeFromCart(client, a.tenant, checkout.cartId)

    assert.isNull((await reload(b.tenant.id, foreign.conversation.id)).orderId)
    assert.deepEqual(attributed, [])
  })
})
