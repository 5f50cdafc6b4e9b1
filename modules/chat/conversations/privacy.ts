import Conversation from '#modules/chat/models/conversation'
import Message from '#modules/chat/models/message'

/**
 * A customer's conversations in their data export, and gone when they are
 * erased (their messages with them).
 */
export default {
  async exportCustomer(customerId: string) {
    const conversations = await Conversation.query()
      .where('customer_id', customerId)
      .orderBy('created_at')
    const messages = await Message.query()
      .whereIn(
        'conversation_id',
        conversations.map((conversation) => conversation.id)
      )
      .where('internal', false)
      .orderBy('seq')
    return {
      conversations: conversations.map((conversation) => ({
        id: conversation.id,
        channel: conversation.channelKind,
        startedAt: conversation.createdAt.toISO(),
        messages: messages
          .filter((message) => message.conversationId === conversation.id)
          .map((message) => ({
            author: message.author,
            body: message.body,
            at: message.createdAt.toISO(),
          })),
      })),
    }
  },

  async eraseCustomer(customerId: string) {
    await Conversation.query().where('customer_id', customerId).delete()
  },
}
