import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import { CartActions } from '#kernel/contracts/cart_actions'
import { Exception } from '@adonisjs/core/exceptions'
import { bearerToken } from '#kernel/realtime/module_channels'
import { widgetChannel } from '#modules/chat/channels/widget_channel'
import type Conversation from '#modules/chat/models/conversation'
import { startConversation } from '#modules/chat/conversations/start_conversation'
import { claimForCustomer, conversationOfToken } from '#modules/chat/conversations/customer_access'
import { customerConversations } from '#modules/chat/channels/customer_conversations'
import { chatRateLimits } from '#modules/chat/channels/chat_rate_limits'

function signedInCustomer(ctx: HttpContext) {
  return ctx.customer ? { id: ctx.customer.id, name: ctx.customer.name } : null
}

/** The storefront's conversation the token opens, if the visitor may use it. */
async function shopConversation(ctx: HttpContext) {
  const conversation = await conversationOfToken(bearerToken(ctx))
  if (
    !conversation ||
    conversation.channelKind !== 'storefront' ||
    !(await claimForCustomer(conversation, signedInCustomer(ctx)))
  ) {
    return null
  }
  return conversation
}

/**
 * On the shop's own pages the chat fills the cart the visitor sees: the
 * conversation takes the browser's cart, or gives the browser the cart
 * the assistant started.
 */
async function shareBrowserCart(ctx: HttpContext, conversation: Conversation) {
  const carts = await app.container.make(CartActions)
  const browserCart = carts.browserCartId(ctx)
  if (browserCart && browserCart !== conversation.cartId) {
    conversation.cartId = browserCart
    await conversation.save()
  } else if (!browserCart && conversation.cartId) {
    carts.rememberForBrowser(ctx, conversation.cartId)
  }
}

async function withConversation<T>(
  ctx: HttpContext,
  work: (conversation: Conversation) => Promise<T>
) {
  const conversation = await shopConversation(ctx)
  if (!conversation) {
    throw new Exception('This conversation has ended. Start a new one.', {
      status: 401,
      code: 'E_UNAUTHORIZED_ACCESS',
    })
  }
  await shareBrowserCart(ctx, conversation)
  const result = await work(conversation)
  await shareBrowserCart(ctx, conversation)
  return result
}

/**
 * The chat on the shop's own pages. Same client and answers as the
 * widget, but with the shop's session: a signed-in customer's
 * conversation is theirs (linked, greeted by first name).
 */
export default class ShopChatController {
  async settings() {
    return customerConversations.look(await widgetChannel())
  }

  async open(ctx: HttpContext) {
    const look = await widgetChannel()
    const existing = await shopConversation(ctx)
    if (existing) {
      await shareBrowserCart(ctx, existing)
      return customerConversations.opened(existing, look)
    }
    await chatRateLimits
      .conversationsPerAddress()
      .consume(`chat-start:${ctx.tenant!.id}:${ctx.request.ip()}`)
    const { conversation, token } = await startConversation({
      channelKind: 'storefront',
      channelId: null,
      customer: signedInCustomer(ctx),
    })
    await shareBrowserCart(ctx, conversation)
    ctx.response.status(201)
    return customerConversations.opened(conversation, look, token)
  }

  async messages(ctx: HttpContext) {
    return withConversation(ctx, (conversation) =>
      customerConversations.messages(ctx, conversation)
    )
  }

  async send(ctx: HttpContext) {
    return withConversation(ctx, (conversation) => customerConversations.send(ctx, conversation))
  }

  async typing(ctx: HttpContext) {
    return withConversation(ctx, (conversation) => customerConversations.typing(ctx, conversation))
  }

  async read(ctx: HttpContext) {
    return withConversation(ctx, (conversation) => customerConversations.read(ctx, conversation))
  }

  async handoff(ctx: HttpContext) {
    return withConversation(ctx, (conversation) => customerConversations.talkToPerson(conversation))
  }

  async addToCart(ctx: HttpContext) {
    return withConversation(ctx, (conversation) =>
      customerConversations.addToCart(ctx, conversation)
    )
  }
}
