import app from '@adonisjs/core/services/app'
import { CartActions } from '#kernel/contracts/cart_actions'
import { CustomerDirectory } from '#kernel/contracts/customer_directory'
import type Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'
import CannedResponse from '#modules/chat/models/canned_response'

/** How many of a conversation's latest messages the inbox shows. */
const SHOWN_MESSAGES = 300

function staffMessage(message: Message) {
  return {
    id: message.id,
    seq: message.seq,
    author: message.author,
    authorName: message.authorName,
    body: message.body,
    cards: message.cards,
    internal: message.internal,
    createdAt: message.createdAt.toISO()!,
  }
}

/** Everything the conversation page of the inbox shows. */
export async function conversationDetail(conversation: Conversation) {
  const messages = await Message.query()
    .where('conversation_id', conversation.id)
    .orderBy('seq', 'desc')
    .limit(SHOWN_MESSAGES)
  const directory = await app.container.make(CustomerDirectory)
  const customer = conversation.customerId ? await directory.find(conversation.customerId) : null
  const carts = await app.container.make(CartActions)
  const cart = conversation.cartId ? await carts.view(conversation.cartId) : null
  const canned = await CannedResponse.query().orderBy('shortcut').limit(500)
  return {
    conversation: {
      id: conversation.id,
      name: customer?.name ?? conversation.visitorName ?? 'Visitor',
      channel: conversation.channelKind,
      mode: conversation.mode,
      status: conversation.status,
      assignedUserId: conversation.assignedUserId,
      tags: conversation.tags,
      lastSeq: conversation.lastSeq,
      customerReadSeq: conversation.customerReadSeq,
      createdAt: conversation.createdAt.toISO()!,
      handedOffAt: conversation.handedOffAt?.toISO() ?? null,
      resolvedAt: conversation.resolvedAt?.toISO() ?? null,
      resolvedBy: conversation.resolvedBy,
    },
    messages: messages.reverse().map(staffMessage),
    customer,
    cart,
    canned: canned.map((response) => ({
      id: response.id,
      title: response.title,
      shortcut: response.shortcut,
      body: response.body,
    })),
  }
}
