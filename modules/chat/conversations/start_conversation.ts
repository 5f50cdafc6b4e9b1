import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { emitEvent } from '#kernel/contracts/emit_event'
import Conversation, { type ChannelKind } from '#modules/chat/models/conversation'
import { newVisitorToken } from '#modules/chat/conversations/visitor_token'

export interface NewConversation {
  channelKind: ChannelKind
  channelId: string | null
  /** The signed-in storefront customer, if any. */
  customer: { id: string; name: string } | null
}

/** What the chat calls a customer: their first name only. */
export function firstName(name: string | null | undefined) {
  return name?.trim().split(/\s+/)[0] || null
}

/**
 * Opens a conversation in the assistant's hands. The token is returned
 * once, for the customer's device to keep; only its hash is stored.
 */
export async function startConversation(input: NewConversation) {
  const { token, hash } = newVisitorToken()
  const conversation = await Conversation.create({
    channelKind: input.channelKind,
    channelId: input.channelId,
    visitorTokenHash: hash,
    customerId: input.customer?.id ?? null,
    visitorName: input.customer ? firstName(input.customer.name) : null,
    mode: 'bot',
    status: 'open',
    tags: [],
  })
  await emitEvent('chat.conversation.started', {
    tenantId: requireTenantId(),
    conversationId: conversation.id,
    channel: input.channelKind,
    customerId: conversation.customerId,
  })
  return { conversation, token }
}
