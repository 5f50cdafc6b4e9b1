import type { HttpContext } from '@adonisjs/core/http'
import { bearerToken } from '#kernel/realtime/module_channels'
import { startConversation } from '#modules/chat/conversations/start_conversation'
import { conversationOfToken } from '#modules/chat/conversations/customer_access'
import { customerConversations } from '#modules/chat/channels/customer_conversations'
import { chatRateLimits } from '#modules/chat/channels/chat_rate_limits'
import { inWidgetChannel, inWidgetConversation } from '#modules/chat/channels/widget_access'

/**
 * The embedded widget on any website: no session and no cookies; the
 * widget key names the workspace and the conversation token (a bearer
 * header) the conversation.
 */
export default class WidgetConversationsController {
  async settings(ctx: HttpContext) {
    return inWidgetChannel(ctx, async (channel) => customerConversations.look(channel))
  }

  /** Resumes the token's conversation, or starts one (its token returned once). */
  async open(ctx: HttpContext) {
    return inWidgetChannel(ctx, async (channel) => {
      const existing = await conversationOfToken(bearerToken(ctx))
      if (existing && existing.channelId === channel.id) {
        return customerConversations.opened(existing, channel)
      }
      await chatRateLimits
        .conversationsPerAddress()
        .consume(`chat-start:${channel.tenantId}:${ctx.request.ip()}`)
      const { conversation, token } = await startConversation({
        channelKind: 'widget',
        channelId: channel.id,
        customer: null,
      })
      ctx.response.status(201)
      return customerConversations.opened(conversation, channel, token)
    })
  }

  async messages(ctx: HttpContext) {
    return inWidgetConversation(ctx, (conversation) =>
      customerConversations.messages(ctx, conversation)
    )
  }

  async send(ctx: HttpContext) {
    return inWidgetConversation(ctx, (conversation) =>
      customerConversations.send(ctx, conversation)
    )
  }

  async typing(ctx: HttpContext) {
    return inWidgetConversation(ctx, (conversation) =>
      customerConversations.typing(ctx, conversation)
    )
  }

  async read(ctx: HttpContext) {
    return inWidgetConversation(ctx, (conversation) =>
      customerConversations.read(ctx, conversation)
    )
  }

  async handoff(ctx: HttpContext) {
    return inWidgetConversation(ctx, (conversation) =>
      customerConversations.talkToPerson(conversation)
    )
  }

  async addToCart(ctx: HttpContext) {
    return inWidgetConversation(ctx, (conversation) =>
      customerConversations.addToCart(ctx, conversation)
    )
  }
}
