import db from '@adonisjs/lucid/services/db'
import Membership from '#kernel/identity/models/membership'
import { permissionsOf } from '#kernel/identity/workspace_member'
import type { Role } from '#kernel/identity/roles'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import { notifyStaff } from '#kernel/contracts/staff_notifications'
import type Conversation from '#modules/chat/models/conversation'
import { conversationPath, publishConversationState } from '#modules/chat/inbox/conversation_state'

/** Active members holding a permission, with their names. */
export async function membersHolding(permission: string) {
  const memberships = await Membership.query()
    .preload('user')
    .whereHas('user', (user) => user.whereNull('disabled_at'))
  const allowed = new Map<Role, boolean>()
  const members: { id: string; name: string }[] = []
  for (const membership of memberships) {
    if (!allowed.has(membership.role)) {
      const permissions = await permissionsOf(membership.role)
      allowed.set(membership.role, permissions.has(permission))
    }
    if (allowed.get(membership.role)) {
      members.push({ id: membership.userId, name: membership.user.name })
    }
  }
  return members.sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * Gives the conversation to an agent (or to nobody) and tells the agent,
 * unless they gave it to themselves.
 */
export async function assignConversation(
  conversation: Conversation,
  userId: string | null,
  actorId: string | null
) {
  if (conversation.assignedUserId === userId) return
  conversation.assignedUserId = userId
  await conversation.save()
  if (userId) {
    await db
      .from('chat_conversations')
      .where('tenant_id', requireTenantId())
      .where('id', conversation.id)
      .update({ assigned_at: db.raw('clock_timestamp()') })
  }
  await publishConversationState(conversation)
  if (userId && userId !== actorId) {
    await notifyStaff({
      kind: 'chat.assigned',
      title: `Conversation with ${conversation.visitorName ?? 'a customer'} assigned to you`,
      body: conversation.lastMessagePreview ?? undefined,
      url: await conversationPath(conversation),
      userIds: [userId],
    })
  }
}

/**
 * The agent (a member who may reply) who was given a conversation least
 * recently, those never given one first. One pick at a time per workspace,
 * so two hand-offs at once go to two agents.
 */
export async function nextRoundRobinAgent() {
  const tenantId = requireTenantId()
  await db.rawQuery(`select pg_advisory_xact_lock(hashtext('chat.round_robin:' || ?))`, [tenantId])
  const agents = await membersHolding('chat.inbox.reply')
  if (agents.length === 0) return null
  const rows = await db
    .from('chat_conversations')
    .where('tenant_id', tenantId)
    .whereIn(
      'assigned_user_id',
      agents.map((agent) => agent.id)
    )
    .groupBy('assigned_user_id')
    .select('assigned_user_id', db.raw('max(assigned_at) as last_assigned_at'))
  const last = new Map(
    rows.map((row) => [row.assigned_user_id as string, row.last_assigned_at as Date | null])
  )
  const time = (id: string) => last.get(id)?.getTime() ?? Number.NEGATIVE_INFINITY
  return [...agents].sort((a, b) => time(a.id) - time(b.id) || a.id.localeCompare(b.id))[0]
}
