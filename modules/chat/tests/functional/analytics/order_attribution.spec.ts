import { test } from '@japa/runner'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { runQueuedJobs } from '#tests/support/queue'
import { startSmtpServer } from '#tests/support/smtp_server'
import { placeOrder } from '#modules/storefront/orders/place_order'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import { probeEvent } from '#modules/storefront/tests/support/event_probe'
import { configureShop, readyCheckout } from '#modules/storefront/tests/support/checkout_factories'
import Conversation from '#modules/chat/models/conversation'
import { makeChatShop, makeConversation } from '#modules/chat/tests/support/chat_factories'

function reload(tenantId: string, id: string) {
  return withTenant(tenantId, () => Conversation.findOrFail(id))
}

test.group('Chat analytics: orders from a conversation', (group) => {
  group.each.setup(async () => {
    const smtp = await startSmtpServer()
    return () => smtp.close()
  })

  test('an order checked out from the conversation’s cart is credited to it', async ({
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

    const order = await withTenant(tenant.id, () =>
      placeOrder({ checkoutId: checkout.id, source: 'storefront' })
    )
    await runQueuedJobs()

    assert.equal((await reload(tenant.id, conversation.id)).orderId, order.id)
    assert.isNull((await reload(tenant.id, bystander.conversation.id)).orderId)
    assert.deepEqual(attributed, [
      {
        tenantId: tenant.id,
        conversationId: conversation.id,
        orderId: order.id,
        totalMinor: order.totalMinor,
        currency: order.currency,
      },
    ])
  })

  test('an order from a cart no conversation touched credits nothing', async ({ assert }) => {
    const attributed = probeEvent('chat.order.attributed')
    const { tenant } = await makeChatShop()
    await configureShop(tenant)
    const serum = await makeProduct(tenant, { priceMinor: 2400 })
    const { conversation } = await makeConversation(tenant)
    const checkout = await withTenant(tenant.id, () =>
      readyCheckout([{ variantId: serum.variants[0].id, quantity: 1 }])
    )
    await withTenant(tenant.id, () => placeOrder({ checkoutId: checkout.id, source: 'storefront' }))
    await runQueuedJobs()

    assert.isNull((await reload(tenant.id, conversation.id)).orderId)
    assert.deepEqual(attributed, [])
  })

  test('another workspace’s conversation naming the same cart is never credited', async ({
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

    await withTenant(a.tenant.id, () =>
      placeOrder({ checkoutId: checkout.id, source: 'storefront' })
    )
    await runQueuedJobs()

    assert.isNull((await reload(b.tenant.id, foreign.conversation.id)).orderId)
    assert.deepEqual(attributed, [])
  })
})
