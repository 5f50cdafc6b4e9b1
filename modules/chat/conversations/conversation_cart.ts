import app from '@adonisjs/core/services/app'
import { CartActionError, CartActions, type CartView } from '#kernel/contracts/cart_actions'
import type Conversation from '#modules/chat/models/conversation'

/**
 * The cart a conversation fills: the one on the conversation, created for
 * its customer on the first addition. Only this conversation's cart is ever
 * touched. Tenant scope.
 */
export async function addToConversationCart(
  conversation: Conversation,
  variantId: string,
  quantity: number
) {
  const carts = await app.container.make(CartActions)
  const cart = await carts.add({
    cartId: conversation.cartId,
    customerId: conversation.customerId,
    variantId,
    quantity,
  })
  if (cart.id !== conversation.cartId) {
    conversation.cartId = cart.id
    await conversation.save()
  }
  return cart
}

export async function viewConversationCart(conversation: Conversation): Promise<CartView | null> {
  if (!conversation.cartId) return null
  const carts = await app.container.make(CartActions)
  return carts.view(conversation.cartId)
}

export async function removeFromConversationCart(conversation: Conversation, variantId: string) {
  const cart = await viewConversationCart(conversation)
  if (!cart?.lines.some((line) => line.variantId === variantId)) {
    throw new CartActionError('This product is not in the cart.')
  }
  const carts = await app.container.make(CartActions)
  return carts.remove(cart.id, variantId)
}

/** A signed, expiring link that opens this conversation's cart at the storefront checkout. */
export async function conversationCheckoutLink(conversation: Conversation) {
  const cart = await viewConversationCart(conversation)
  if (!cart || cart.lines.length === 0) {
    throw new CartActionError('The cart is empty.')
  }
  const carts = await app.container.make(CartActions)
  return { cart, url: await carts.checkoutLink(cart.id) }
}
