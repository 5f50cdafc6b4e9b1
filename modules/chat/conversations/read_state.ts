import db from '@adonisjs/lucid/services/db'
import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import { customerChannelOf } from '#modules/chat/channels/channel'

/**
 * The customer has seen the conversation up to `seq` (never past its last
 * message, never backwards). Staff see the read receipt live.
 */
export async function markReadByCustomer(conversation: Conversation, seq: number) {
  const tenantId = requireTenantId()
  const result = await db.rawQuery(
    `update chat_conversations
        set customer_read_seq = greatest(customer_read_seq, least(cast(:seq as integer), last_seq))
      where tenant_id = :tenantId and id = :id
      returning customer_read_seq`,
    { seq, tenantId, id: conversation.id }
  )
  const readSeq = Number(result.rows[0].customer_read_seq)
  conversation.customerReadSeq = readSeq
  await afterCommit(() =>
    customerChannelOf(conversation).deliver(tenantId, conversation, {
      type: 'read',
      by: 'customer',
      seq: readSeq,
    })
  )
  return readSeq
}
