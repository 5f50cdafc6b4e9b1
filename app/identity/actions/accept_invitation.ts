import { DateTime } from 'luxon'
import Invitation from '#kernel/identity/models/invitation'
import Membership from '#kernel/identity/models/membership'
import type User from '#kernel/identity/models/user'
import { recordAuditEvent } from '#kernel/audit/record_audit_event'
import type { RequestOrigin } from '#kernel/identity/actions/record_account_event'
import { emitEvent } from '#kernel/contracts/emit_event'

export class InvitationUnusable extends Error {}

/**
 * Turns a pending invitation into a membership (tenant scope). The person
 * accepting must own the invited email address.
 */
export async function acceptInvitation(invitation: Invitation, user: User, origin: RequestOrigin) {
  const locked = await Invitation.query().where('id', invitation.id).forUpdate().firstOrFail()
  if (locked.state !== 'pending') {
    throw new InvitationUnusable(`This invitation is ${locked.state}.`)
  }
  if (locked.email !== user.email) {
    throw new InvitationUnusable(`This invitation was sent to ${locked.email}.`)
  }
  const membership =
    (await Membership.findBy('user_id', user.id)) ??
    (await Membership.create({ userId: user.id, role: locked.role }))
  locked.acceptedAt = DateTime.now()
  await locked.save()
  await recordAuditEvent({
    action: 'member.joined',
    actor: { id: user.id, label: user.email },
    subject: { type: 'member', id: membership.id, label: user.email },
    metadata: { role: membership.role, invitationId: locked.id },
    ip: origin.ip,
    userAgent: origin.userAgent,
  })
  await emitEvent('workspace.member.joined', {
    tenantId: membership.tenantId,
    membershipId: membership.id,
    userId: user.id,
  })
  return membership
}
