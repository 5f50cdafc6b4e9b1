import type { ChatMessage, ProductCard } from '../../widget/types'

export type ProductCardView = ProductCard

/** A message as staff see it: the customer's view plus staff-only notes. */
export type StaffMessage = ChatMessage & { internal: boolean }

export type ConversationMode = 'bot' | 'human' | 'passive'
export type ConversationStatus = 'open' | 'waiting' | 'resolved'

export type ConversationView = {
  id: string
  name: string
  channel: string
  mode: ConversationMode
  status: ConversationStatus
  assignedUserId: string | null
  tags: string[]
  lastSeq: number
  customerReadSeq: number
  createdAt: string
  handedOffAt: string | null
  resolvedAt: string | null
  resolvedBy: 'ai' | 'staff' | null
}

export type Agent = { id: string; name: string }

export type CannedResponseView = { id: string; title: string; shortcut: string; body: string }

/** What the conversation's live channel carries (see conversations/live.ts). */
export type ConversationEvent =
  | { type: 'message'; message: Omit<StaffMessage, 'internal'>; replyId?: string }
  | { type: 'reply.start'; replyId: string }
  | { type: 'reply.delta'; replyId: string; text: string }
  | { type: 'reply.discarded'; replyId: string }
  | { type: 'typing'; who: 'customer' | 'agent' | 'bot'; name: string | null }
  | { type: 'read'; by: 'customer' | 'staff'; seq: number }
  | { type: 'conversation'; conversation: { id: string } }

export type InboxEvent =
  | { type: 'conversation.changed'; conversationId: string }
  | { type: 'note'; conversationId: string; message: Omit<StaffMessage, 'internal'> }

export const MODE_LABELS: Record<ConversationMode, string> = {
  bot: 'Assistant answering',
  human: 'A person answering',
  passive: 'Assistant on questions only',
}

/** Who answers now: while a conversation waits for a person, the assistant holds back. */
export function answererLabel(conversation: {
  mode: ConversationMode
  status: ConversationStatus
}) {
  if (conversation.status === 'waiting' && conversation.mode !== 'human') {
    return 'Assistant paused for a person'
  }
  return MODE_LABELS[conversation.mode]
}

export const STATUS_COLORS: Record<ConversationStatus, string> = {
  waiting: 'orange',
  open: 'blue',
  resolved: 'gray',
}
