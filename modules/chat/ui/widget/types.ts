export type ProductCard = {
  productId: string
  name: string
  priceMinor: number
  compareAtMinor: number | null
  currency: string
  imageUrl: string | null
  inStock: boolean
  url: string
  variantId: string | null
}

export type ChatMessage = {
  id: string
  seq: number
  author: 'customer' | 'bot' | 'agent' | 'system'
  authorName: string | null
  body: string
  cards: ProductCard[]
  createdAt: string
}

export type OpenedConversation = {
  token?: string
  conversation: {
    id: string
    channel: string
    mode: 'bot' | 'human' | 'passive'
    status: 'open' | 'waiting' | 'resolved'
    lastSeq: number
    customerReadSeq: number
  }
  messages: ChatMessage[]
  assistant: { name: string; mode: 'ai' | 'basic' }
  welcome: string
  quickReplies: string[]
  widget: {
    color: string | null
    position: 'bottom-right' | 'bottom-left'
    greeting: string | null
  }
  maxLength: number
}

export type ConversationEvent =
  | { type: 'message'; message: ChatMessage; replyId?: string }
  | { type: 'reply.start'; replyId: string }
  | { type: 'reply.delta'; replyId: string; text: string }
  | { type: 'reply.discarded'; replyId: string }
  | { type: 'typing'; who: 'customer' | 'agent' | 'bot'; name: string | null }
  | { type: 'read'; by: 'customer' | 'staff'; seq: number }
  | { type: 'conversation'; conversation: { mode: string; status: string } }
