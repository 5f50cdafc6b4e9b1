import Membership from '#kernel/identity/models/membership'
import type { Role } from '#kernel/identity/roles'
import { recordAuditEvent, type AuditEntry } from '#kernel/audit/record_audit_event'

export class LastOwnerError extends Error {
  constructor() {
    super('A workspace must keep at least one owner. Make someone else an owner first.')
  }
}

type Actor = Pick<AuditEntry, 'actor' | 'impersonatorUserId' | 'ip' | 'userAgent'>

/**
 * Locks the workspace's owner memberships (tenant scope) and tells whether
 * `membership` is the only owner left. Locking makes two concurrent
 * demotions of the last two owners wait for each other.
 */
async function isLastOwner(membership: Membership) {
  if (membership.role !== 'owner') {
    return false
  }
  const owners = await Membership.query().where('role', 'owner').forUpdate()
  return owners.length <= 1
}

export async function changeMemberRole(input: {
  membership: Membership
  role: Role
  audit: Actor
}) {
  const { membership, role } = input
  if (membership.role === role) {
    return membership
  }
  if (role !== 'owner' && (await isLastOwner(membership))) {
    throw new LastOwnerError()
  }
  const previous = membership.role
  membership.role = role
  await membership.save()
  await membership.load('user')
  await recordAuditEvent({
    ...input.audit,
    action: 'member.role_changed',
    subject: { type: 'member', id: membership.id, label: membership.user.email },
    metadata: { from: previous, to: role },
  })
  return membership
}

export async function removeMember(input: { membership: Membership; audit: Actor }) {
  const { membership } = input
  if (await isLastOwner(membership)) {
    throw new LastOwnerError()
  }
  await membership.load('user')
  await membership.delete()
  await recordAuditEvent({
    ...input.audit,
    action: 'member.removed',
    subject: { type: 'member', id: membership.id, label: membership.user.email },
    metadata: { role: membership.role },
  })
}
