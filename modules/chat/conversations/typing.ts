import { requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import { publishToConversation } from '#modules/chat/conversations/live'

/** Staff following the conversation see "… is typing". */
export function customerIsTyping(conversation: Conversation) {
  publishToConversation(requireTenantId(), conversation.id, {
    type: 'typing',
    who: 'customer',
    name: conversation.visitorName,
  })
}
