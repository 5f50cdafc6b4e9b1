import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import Invitation from '#kernel/identity/models/invitation'
import Membership from '#kernel/identity/models/membership'
import User from '#kernel/identity/models/user'
import InvitationMail from '#kernel/identity/mails/invitation_mail'
import type { Role } from '#kernel/identity/roles'
import type Tenant from '#kernel/tenancy/models/tenant'
import { recordAuditEvent, type AuditEntry } from '#kernel/audit/record_audit_event'
import { UsageMeter } from '#kernel/contracts/usage_meter'

export const INVITATION_DAYS = 7

export class InvitationConflict extends Error {}

type Actor = Pick<AuditEntry, 'actor' | 'impersonatorUserId' | 'ip' | 'userAgent'>

/**
 * Invites a person by email (tenant scope). A pending invitation for the
 * same address is renewed and sent again instead of duplicated.
 */
export async function inviteMember(input: {
  tenant: Tenant
  email: string
  role: Role
  inviter: User
  audit: Actor
}) {
  const email = input.email.trim().toLowerCase()
  const existingUser = await User.findBy('email', email)
  if (existingUser && (await Membership.findBy('user_id', existingUser.id))) {
    throw new InvitationConflict(`${email} is already a member of this workspace.`)
  }

  const now = DateTime.now()
  const invitation =
    (await Invitation.query()
      .where('email', email)
      .whereNull('accepted_at')
      .whereNull('revoked_at')
      .first()) ?? new Invitation()
  if (!invitation.$isPersisted || invitation.state !== 'pending') {
    await ensureSeatFree()
  }
  invitation.merge({
    email,
    role: input.role,
    invitedBy: input.inviter.id,
    expiresAt: now.plus({ days: INVITATION_DAYS }),
    lastSentAt: now,
  })
  await invitation.save()

  await mail.sendLater(new InvitationMail(invitation, input.tenant, input.inviter.name))
  await recordAuditEvent({
    ...input.audit,
    action: 'member.invited',
    subject: { type: 'invitation', id: invitation.id, label: email },
    metadata: { role: input.role },
  })
  return invitation
}

/** A new invitation takes a staff seat of the plan until it is answered. */
async function ensureSeatFree() {
  const meter = await app.container.make(UsageMeter)
  await meter.ensureAllowed('staff_seats')
}

export async function resendInvitation(input: {
  tenant: Tenant
  invitation: Invitation
  inviter: User
  audit: Actor
}) {
  if (input.invitation.state === 'expired') {
    await ensureSeatFree()
  }
  const now = DateTime.now()
  input.invitation.merge({ expiresAt: now.plus({ days: INVITATION_DAYS }), lastSentAt: now })
  await input.invitation.save()
  await mail.sendLater(new InvitationMail(input.invitation, input.tenant, input.inviter.name))
  await recordAuditEvent({
    ...input.audit,
    action: 'member.invitation_resent',
    subject: { type: 'invitation', id: input.invitation.id, label: input.invitation.email },
  })
}

export async function revokeInvitation(input: { invitation: Invitation; audit: Actor }) {
  input.invitation.revokedAt = DateTime.now()
  await input.invitation.save()
  await recordAuditEvent({
    ...input.audit,
    action: 'member.invitation_revoked',
    subject: { type: 'invitation', id: input.invitation.id, label: input.invitation.email },
  })
}
