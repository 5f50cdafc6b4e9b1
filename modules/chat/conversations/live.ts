import transmit from '@adonisjs/transmit/services/main'
import { channels, defineStaffTopic } from '#kernel/realtime/channels'
import type { ProductCard } from '#modules/chat/models/message'
import type Message from '#modules/chat/models/message'
import type Conversation from '#modules/chat/models/conversation'

defineStaffTopic('chat', 'chat.inbox.view')

/**
 * Live channels of the chat. A conversation's channel is heard by its
 * customer (their conversation token, or their storefront session) and by
 * staff who may see the inbox; the inbox topic only by staff.
 */
export const chatChannels = {
  conversation: (tenantId: string, conversationId: string) =>
    `tenants/${tenantId}/chat/${conversationId}`,
  inbox: (tenantId: string) => channels.staffTopic(tenantId, 'chat'),
}

/** A message as the customer's side sees it. */
export interface PublicMessage {
  id: string
  seq: number
  author: Message['author']
  authorName: string | null
  body: string
  cards: ProductCard[]
  createdAt: string
}

export function publicMessage(message: Message): PublicMessage {
  return {
    id: message.id,
    seq: message.seq,
    author: message.author,
    authorName: message.authorName,
    body: message.body,
    cards: message.cards,
    createdAt: message.createdAt.toISO()!,
  }
}

export interface ConversationState {
  id: string
  mode: Conversation['mode']
  status: Conversation['status']
  assignedUserId: string | null
  customerReadSeq: number
  staffReadSeq: number
}

export function conversationState(conversation: Conversation): ConversationState {
  return {
    id: conversation.id,
    mode: conversation.mode,
    status: conversation.status,
    assignedUserId: conversation.assignedUserId,
    customerReadSeq: conversation.customerReadSeq,
    staffReadSeq: conversation.staffReadSeq,
  }
}

/**
 * What a conversation's channel carries. A streamed reply is
 * `reply.start`, `reply.delta`… then either the saved `message` (with the
 * same `replyId`) or `reply.discarded` (a newer customer message arrived).
 */
export type ConversationEvent =
  | { type: 'message'; message: PublicMessage; replyId?: string }
  | { type: 'reply.start'; replyId: string }
  | { type: 'reply.delta'; replyId: string; text: string }
  | { type: 'reply.discarded'; replyId: string }
  | { type: 'typing'; who: 'customer' | 'agent' | 'bot'; name: string | null }
  | { type: 'read'; by: 'customer' | 'staff'; seq: number }
  | { type: 'conversation'; conversation: ConversationState }

/** What the staff inbox topic carries (never the customer's side). */
export type InboxEvent =
  | { type: 'conversation.changed'; conversationId: string }
  | { type: 'note'; conversationId: string; message: PublicMessage }

export function publishToConversation(
  tenantId: string,
  conversationId: string,
  event: ConversationEvent
) {
  transmit.broadcast(chatChannels.conversation(tenantId, conversationId), event as any)
}

export function publishToInbox(tenantId: string, event: InboxEvent) {
  transmit.broadcast(chatChannels.inbox(tenantId), event as any)
}
