import { SimpleMessagesProvider } from '@vinejs/vine'
import type { HttpContext } from '@adonisjs/core/http'
import { CartActionError } from '#kernel/contracts/cart_actions'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import type Channel from '#modules/chat/models/channel'
import { chatChannels, publicMessage } from '#modules/chat/conversations/live'
import { receiveCustomerMessage } from '#modules/chat/conversations/customer_message'
import { customerIsTyping } from '#modules/chat/conversations/typing'
import { markReadByCustomer } from '#modules/chat/conversations/read_state'
import { handOffToHuman } from '#modules/chat/conversations/handoff'
import { addToConversationCart } from '#modules/chat/conversations/conversation_cart'
import { assistantAvailability } from '#modules/chat/assistant/availability'
import { chatSettings } from '#modules/chat/settings/chat_settings'
import { WIDGET_DEFAULTS } from '#modules/chat/channels/widget_channel'
import { chatRateLimits } from '#modules/chat/channels/chat_rate_limits'
import {
  addToCartValidator,
  customerMessageValidator,
  MESSAGE_MAX_LENGTH,
  messagesAfterValidator,
  readValidator,
} from '#modules/chat/channels/validators'

const PAGE = 100

const messageErrors = new SimpleMessagesProvider({
  'body.required': 'Write a message first.',
  'body.string': 'Write a message first.',
  'body.minLength': 'Write a message first.',
  'body.maxLength': `A message can be at most ${MESSAGE_MAX_LENGTH} characters long.`,
})

/**
 * What both web channels (the storefront chat and the embedded widget)
 * answer once they know the workspace and the conversation: the same
 * client talks to either.
 */
export const customerConversations = {
  /** How the widget looks before a conversation starts (no per-visitor data). */
  look(channel: Channel | null) {
    const widget = channel?.settings ?? WIDGET_DEFAULTS
    return { widget: { color: widget.color, position: widget.position, greeting: widget.greeting } }
  },

  /** Everything the client needs to show the conversation. */
  async opened(conversation: Conversation, channel: Channel | null, token?: string) {
    const settings = await chatSettings()
    const availability = await assistantAvailability(settings)
    const recent = await Message.query()
      .where('conversation_id', conversation.id)
      .where('internal', false)
      .orderBy('seq', 'desc')
      .limit(PAGE)
    return {
      ...(token ? { token } : {}),
      conversation: {
        id: conversation.id,
        channel: chatChannels.conversation(requireTenantId(), conversation.id),
        mode: conversation.mode,
        status: conversation.status,
        lastSeq: conversation.lastSeq,
        customerReadSeq: conversation.customerReadSeq,
      },
      messages: recent.reverse().map(publicMessage),
      assistant: { name: settings.assistantName, mode: availability.mode },
      welcome: settings.welcomeMessage,
      quickReplies: settings.quickReplies,
      ...this.look(channel),
      maxLength: MESSAGE_MAX_LENGTH,
    }
  },

  /** Messages after a cursor: what a client missed while disconnected. */
  async messages(ctx: HttpContext, conversation: Conversation) {
    const { after } = await ctx.request.validateUsing(messagesAfterValidator, {
      data: ctx.request.qs(),
    })
    const messages = await Message.query()
      .where('conversation_id', conversation.id)
      .where('internal', false)
      .where('seq', '>', after ?? 0)
      .orderBy('seq')
      .limit(PAGE + 1)
    return {
      messages: messages.slice(0, PAGE).map(publicMessage),
      /** More after these: ask again from the last one. */
      hasMore: messages.length > PAGE,
    }
  },

  async send(ctx: HttpContext, conversation: Conversation) {
    const { body } = await ctx.request.validateUsing(customerMessageValidator, {
      messagesProvider: messageErrors,
    })
    const tenantId = requireTenantId()
    await chatRateLimits
      .messagesPerAddress()
      .consume(`chat-message:${tenantId}:${ctx.request.ip()}`)
    await chatRateLimits.messagesPerConversation().consume(`chat-conversation:${conversation.id}`)
    const message = await receiveCustomerMessage(conversation, body)
    return ctx.response.created({ message: publicMessage(message) })
  },

  async typing(ctx: HttpContext, conversation: Conversation) {
    customerIsTyping(conversation)
    return ctx.response.noContent()
  },

  async read(ctx: HttpContext, conversation: Conversation) {
    const { seq } = await ctx.request.validateUsing(readValidator)
    return { customerReadSeq: await markReadByCustomer(conversation, seq) }
  },

  async talkToPerson(conversation: Conversation) {
    await handOffToHuman(conversation, { by: 'customer' })
    return { status: conversation.status, mode: conversation.mode }
  },

  async addToCart(ctx: HttpContext, conversation: Conversation) {
    const { variantId, quantity } = await ctx.request.validateUsing(addToCartValidator)
    try {
      const cart = await addToConversationCart(conversation, variantId, quantity ?? 1)
      return {
        cart: {
          itemCount: cart.itemCount,
          subtotalMinor: cart.subtotalMinor,
          currency: cart.currency,
        },
      }
    } catch (error) {
      if (!(error instanceof CartActionError)) throw error
      return ctx.response.unprocessableEntity({ errors: [{ message: error.message }] })
    }
  },
}
