import { DateTime } from 'luxon'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { emitEvent } from '#kernel/contracts/emit_event'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import type Conversation from '#modules/chat/models/conversation'
import { appendMessage } from '#modules/chat/conversations/append_message'
import { chatSettings } from '#modules/chat/settings/chat_settings'
import { describeOpening, isOpen, nextOpening } from '#modules/chat/settings/business_hours'
import { assignConversation, nextRoundRobinAgent } from '#modules/chat/inbox/assignment'
import { conversationPath, publishConversationState } from '#modules/chat/inbox/conversation_state'

export interface HandoffOptions {
  by: 'customer' | 'assistant' | 'staff'
  reason?: string
}

async function awayNotice(now: DateTime) {
  const settings = await chatSettings()
  const tenant = await Tenant.findOrFail(requireTenantId())
  if (isOpen(settings.businessHours, tenant.timezone, now)) {
    return 'A person from our team will answer you here shortly.'
  }
  const opening = nextOpening(settings.businessHours, tenant.timezone, now)
  return opening
    ? `Our team is away now; we answer from ${describeOpening(opening, now)}. Your message is saved and a person will reply here.`
    : 'Our team is away now. Your message is saved and a person will reply here.'
}

/**
 * Puts the conversation in the queue for a person: the customer is told
 * when to expect an answer, staff are notified, and with round-robin on it
 * goes to the next agent. A conversation already waiting or with a person
 * is left as it is.
 */
export async function handOffToHuman(conversation: Conversation, options: HandoffOptions) {
  if (conversation.status === 'waiting' || conversation.mode === 'human') return false
  const now = DateTime.now()
  conversation.merge({
    status: 'waiting',
    handedOffAt: now,
    resolvedAt: null,
    resolvedBy: null,
  })
  await conversation.save()
  await appendMessage(conversation, {
    author: 'system',
    body: await awayNotice(now),
    meta: { handoff: { by: options.by, reason: options.reason ?? null } },
  })

  const who = conversation.visitorName ?? 'A customer'
  await notifyStaff({
    kind: 'chat.handoff',
    title: `${who} asks for a person`,
    body: options.reason ?? conversation.lastMessagePreview ?? undefined,
    url: await conversationPath(conversation),
  })
  const settings = await chatSettings()
  if (settings.autoAssign === 'round_robin' && !conversation.assignedUserId) {
    const agent = await nextRoundRobinAgent()
    if (agent) await assignConversation(conversation, agent.id, null)
  }
  await emitEvent('chat.conversation.handed_off', {
    tenantId: requireTenantId(),
    conversationId: conversation.id,
    by: options.by,
  })
  await publishConversationState(conversation)
  return true
}
