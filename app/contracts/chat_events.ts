/**
 * Domain events of the chat module: the analytics feed of conversational
 * selling.
 */
export interface ChatEvents {
  'chat.conversation.started': {
    conversationId: string
    channel: string
    customerId: string | null
  }
  /** Resolved without a person ever taking part. */
  'chat.conversation.ai_resolved': { conversationId: string }
  'chat.conversation.handed_off': { conversationId: string; by: 'customer' | 'assistant' | 'staff' }
  /** The first reply by a person after a hand-off. */
  'chat.conversation.first_response': { conversationId: string; userId: string; seconds: number }
  'chat.conversation.resolved': { conversationId: string; by: 'ai' | 'staff' }
  /** An order placed from a cart the assistant or an agent filled in a conversation. */
  'chat.order.attributed': {
    conversationId: string
    orderId: string
    totalMinor: number
    currency: string
  }
}
