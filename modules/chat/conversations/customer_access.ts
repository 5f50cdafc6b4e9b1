import Conversation from '#modules/chat/models/conversation'
import { hashVisitorToken } from '#modules/chat/conversations/visitor_token'
import { firstName } from '#modules/chat/conversations/start_conversation'

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/

/**
 * The current workspace's conversation a customer's token opens, or null.
 * The token alone names the conversation, so one conversation's token
 * never reaches another.
 */
export async function conversationOfToken(
  token: string | null,
  options: { forUpdate?: boolean } = {}
) {
  if (!token || !TOKEN.test(token)) return null
  const query = Conversation.query().where('visitor_token_hash', hashVisitorToken(token))
  if (options.forUpdate) query.forUpdate()
  return query.first()
}

/**
 * On the storefront, a conversation belongs to whoever is signed in: a
 * conversation started anonymously is linked to the customer who signs in,
 * and one linked to a customer is refused to anybody else.
 */
export async function claimForCustomer(
  conversation: Conversation,
  customer: { id: string; name: string } | null
) {
  if (!conversation.customerId) {
    if (customer) {
      conversation.merge({ customerId: customer.id, visitorName: firstName(customer.name) })
      await conversation.save()
    }
    return true
  }
  return conversation.customerId === customer?.id
}
