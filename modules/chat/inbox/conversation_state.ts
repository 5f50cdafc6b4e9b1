import { urlFor } from '@adonisjs/core/services/url_builder'
import Tenant from '#kernel/tenancy/models/tenant'
import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import type Conversation from '#modules/chat/models/conversation'
import {
  conversationState,
  publishToConversation,
  publishToInbox,
} from '#modules/chat/conversations/live'

/** Tells both sides a conversation's mode, status or assignee changed, once committed. */
export async function publishConversationState(conversation: Conversation) {
  const tenantId = requireTenantId()
  await afterCommit(async () => {
    publishToConversation(tenantId, conversation.id, {
      type: 'conversation',
      conversation: conversationState(conversation),
    })
    publishToInbox(tenantId, { type: 'conversation.changed', conversationId: conversation.id })
  })
}

/** The back office path of a conversation, for notifications. */
export async function conversationPath(conversation: Conversation) {
  const tenant = await Tenant.findOrFail(requireTenantId())
  return urlFor('chat.inbox.show' as any, { workspace: tenant.slug, id: conversation.id })
}
