import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { CartActions } from '#kernel/contracts/cart_actions'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { makeProduct } from '#modules/storefront/tests/support/storefront_factories'
import Conversation from '#modules/chat/models/conversation'
import { replies } from '#modules/chat/assistant/reply_runner'
import { makeChatShop } from '#modules/chat/tests/support/chat_factories'

test.group('Chat on the storefront: the cart the visitor sees', (group) => {
  group.each.teardown(() => replies.settled())

  test('a product added in the chat lands in the cart the shop shows', async ({
    client,
    assert,
  }) => {
    const { tenant } = await makeChatShop({ slug: 'shop-chat-cart' })
    const cream = await makeProduct(tenant, { name: 'Hydrating Cream', stock: 5 })
    const opened = await client
      .post('/s/shop-chat-cart/chat/conversation')
      .withCsrfToken()
      .accept('json')
    opened.assertStatus(201)
    const { token, conversation } = opened.body()

    const added = await client
      .post('/s/shop-chat-cart/chat/cart')
      .bearerToken(token)
      .withCsrfToken()
      .accept('json')
      .json({ variantId: cream.variants[0].id })
    added.assertStatus(200)
    const stored = await withTenant(tenant.id, () => Conversation.findOrFail(conversation.id))
    assert.isNotNull(stored.cartId)
    assert.equal(added.cookie('cart')?.value, stored.cartId)
  })

  test('the chat fills the cart the visitor already has', async ({ client, assert }) => {
    const { tenant } = await makeChatShop({ slug: 'shop-chat-own-cart' })
    const cream = await makeProduct(tenant, { name: 'Hydrating Cream', stock: 5 })
    const serum = await makeProduct(tenant, { name: 'Glow Serum', stock: 5 })
    const browserCart = await withTenant(tenant.id, async () => {
      const carts = await app.container.make(CartActions)
      return carts.add({ cartId: null, variantId: cream.variants[0].id, quantity: 1 })
    })

    const opened = await client
      .post('/s/shop-chat-own-cart/chat/conversation')
      .withCookie('cart', browserCart.id)
      .withCsrfToken()
      .accept('json')
    opened.assertStatus(201)
    const { token, conversation } = opened.body()
    const added = await client
      .post('/s/shop-chat-own-cart/chat/cart')
      .bearerToken(token)
      .withCookie('cart', browserCart.id)
      .withCsrfToken()
      .accept('json')
      .json({ variantId: serum.variants[0].id })
    added.assertStatus(200)
    assert.equal(added.body().cart.itemCount, 2)
    const stored = await withTenant(tenant.id, () => Conversation.findOrFail(conversation.id))
    assert.equal(stored.cartId, browserCart.id)
  })
})
