import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import Message, { type MessageAuthor, type ProductCard } from '#modules/chat/models/message'
import {
  publicMessage,
  publishToConversation,
  publishToInbox,
} from '#modules/chat/conversations/live'

export interface NewMessage {
  author: MessageAuthor
  body: string
  userId?: string | null
  authorName?: string | null
  cards?: ProductCard[]
  /** A staff-only note. */
  internal?: boolean
  meta?: Record<string, unknown>
  /** The streamed reply this message completes. */
  replyId?: string
}

const PREVIEW_LENGTH = 160

/**
 * Adds a message at the conversation's next position (taken atomically, so
 * concurrent writers never share one) and tells both sides once the
 * transaction commits.
 */
export async function appendMessage(conversation: Conversation, input: NewMessage) {
  const tenantId = requireTenantId()
  const internal = input.internal ?? false
  const preview = internal ? null : input.body.slice(0, PREVIEW_LENGTH)
  // One statement: the next position and the message, in one round trip.
  const result = await db.rawQuery(
    `with bumped as (
       update chat_conversations
          set last_seq = last_seq + 1,
              last_customer_seq = case when :customer then last_seq + 1 else last_customer_seq end,
              last_message_preview = coalesce(cast(:preview as text), last_message_preview),
              last_message_at = case when cast(:preview as text) is null then last_message_at else now() end,
              updated_at = now()
        where tenant_id = :tenantId and id = :id
        returning tenant_id, id, last_seq
     )
     insert into chat_messages
       (tenant_id, conversation_id, seq, author, user_id, author_name, body, cards, internal, meta)
     select tenant_id, id, last_seq, :author, :userId, :authorName, :body,
            cast(:cards as jsonb), :internal, cast(:meta as jsonb)
       from bumped
     returning *`,
    {
      customer: input.author === 'customer',
      preview,
      tenantId,
      id: conversation.id,
      author: input.author,
      userId: input.userId ?? null,
      authorName: input.authorName ?? null,
      body: input.body,
      cards: JSON.stringify(input.cards ?? []),
      internal,
      meta: JSON.stringify(input.meta ?? {}),
    }
  )
  const message = Message.$createFromAdapterResult(result.rows[0])!
  const seq = message.seq
  if (input.author === 'customer') conversation.lastCustomerSeq = seq
  conversation.lastSeq = seq
  if (preview !== null) {
    conversation.lastMessagePreview = preview
    conversation.lastMessageAt = DateTime.now()
  }

  await afterCommit(async () => {
    if (internal) {
      publishToInbox(tenantId, {
        type: 'note',
        conversationId: conversation.id,
        message: publicMessage(message),
      })
      return
    }
    publishToConversation(tenantId, conversation.id, {
      type: 'message',
      message: publicMessage(message),
      replyId: input.replyId,
    })
    publishToInbox(tenantId, { type: 'conversation.changed', conversationId: conversation.id })
  })
  return message
}
