import type Conversation from '#modules/chat/models/conversation'
import type { ChannelKind } from '#modules/chat/models/conversation'
import { publishToConversation, type ConversationEvent } from '#modules/chat/conversations/live'

/**
 * A door customers write from. Inbound, every channel hands what the
 * customer wrote to `receiveCustomerMessage`; outbound, the channel
 * delivers what happens in the conversation (typing, read receipts…) to
 * the customer its own way: the web channels through the live
 * conversation channel, a messaging app through its API.
 */
export interface CustomerChannel {
  kind: ChannelKind
  deliver(tenantId: string, conversation: Conversation, event: ConversationEvent): Promise<void>
}

/** The storefront chat and the embedded widget share the live channel. */
function liveChannel(kind: ChannelKind): CustomerChannel {
  return {
    kind,
    async deliver(tenantId, conversation, event) {
      publishToConversation(tenantId, conversation.id, event)
    },
  }
}

const channels = new Map<ChannelKind, CustomerChannel>([
  ['storefront', liveChannel('storefront')],
  ['widget', liveChannel('widget')],
])

export function registerCustomerChannel(channel: CustomerChannel) {
  channels.set(channel.kind, channel)
}

export function customerChannelOf(conversation: Conversation) {
  const channel = channels.get(conversation.channelKind)
  if (!channel) throw new Error(`No channel delivers "${conversation.channelKind}" conversations`)
  return channel
}
