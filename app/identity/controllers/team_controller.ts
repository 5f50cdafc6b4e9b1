import type { HttpContext } from '@adonisjs/core/http'
import Membership from '#kernel/identity/models/membership'
import Invitation from '#kernel/identity/models/invitation'
import type User from '#kernel/identity/models/user'
import { ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS } from '#kernel/identity/roles'
import {
  InvitationConflict,
  inviteMember,
  resendInvitation,
  revokeInvitation,
} from '#kernel/identity/actions/invite_member'
import {
  LastOwnerError,
  changeMemberRole,
  removeMember,
} from '#kernel/identity/actions/manage_members'
import { changeRoleValidator, inviteValidator } from '#kernel/identity/validators/team'
import { requestAuditContext } from '#kernel/audit/record_audit_event'
import { rateLimits } from '#kernel/identity/rate_limits'
import { fieldError } from '#kernel/validation/field_error'

export default class TeamController {
  async index({ bouncer, inertia, member }: HttpContext) {
    await bouncer.authorize('can', 'workspace.members.view')
    const memberships = await Membership.query().preload('user').orderBy('created_at')
    const invitations = await Invitation.query()
      .whereNull('accepted_at')
      .whereNull('revoked_at')
      .preload('inviter')
      .orderBy('created_at', 'desc')
    return inertia.render('workspace/settings/team', {
      members: memberships.map((membership) => ({
        id: membership.id,
        name: membership.user.name,
        email: membership.user.email,
        role: membership.role,
        joinedAt: membership.createdAt.toISO()!,
        isYou: membership.userId === member!.user.id,
        disabled: membership.user.disabledAt !== null,
      })),
      invitations: invitations.map((invitation) => ({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        state: invitation.state,
        invitedBy: invitation.inviter?.name ?? null,
        expiresAt: invitation.expiresAt.toISO()!,
        lastSentAt: invitation.lastSentAt.toISO()!,
      })),
      roles: ROLES.map((role) => ({
        value: role,
        label: ROLE_LABELS[role],
        description: ROLE_DESCRIPTIONS[role],
      })),
      canManage: member!.can('workspace.members.manage'),
      yourRole: member!.role,
    })
  }

  async invite(ctx: HttpContext) {
    const { bouncer, request, session, response, tenant, member } = ctx
    const payload = await request.validateUsing(inviteValidator)
    await bouncer.authorize('grantRole', payload.role)
    if (!member!.user.isVerified) {
      throw fieldError('email', 'Confirm your own email address before inviting people.')
    }
    await rateLimits.invitations().consume(`invitations:${tenant!.id}`)
    try {
      await inviteMember({
        tenant: tenant!,
        email: payload.email,
        role: payload.role,
        inviter: member!.user as User,
        audit: requestAuditContext(ctx),
      })
    } catch (error) {
      if (!(error instanceof InvitationConflict)) throw error
      throw fieldError('email', error.message)
    }
    session.flash('success', `Invitation sent to ${payload.email}.`)
    return response.redirect().back()
  }

  async resend(ctx: HttpContext) {
    const { bouncer, params, session, response, tenant, member } = ctx
    const invitation = await Invitation.findOrFail(params.id)
    await bouncer.authorize('grantRole', invitation.role)
    if (invitation.state === 'accepted' || invitation.state === 'revoked') {
      session.flash('error', `This invitation was ${invitation.state}; it cannot be sent again.`)
      return response.redirect().back()
    }
    await rateLimits.invitations().consume(`invitations:${tenant!.id}`)
    await resendInvitation({
      tenant: tenant!,
      invitation,
      inviter: member!.user as User,
      audit: requestAuditContext(ctx),
    })
    session.flash('success', `Invitation sent again to ${invitation.email}.`)
    return response.redirect().back()
  }

  async revoke(ctx: HttpContext) {
    const { bouncer, params, session, response } = ctx
    const invitation = await Invitation.findOrFail(params.id)
    await bouncer.authorize('grantRole', invitation.role)
    if (invitation.state === 'pending' || invitation.state === 'expired') {
      await revokeInvitation({ invitation, audit: requestAuditContext(ctx) })
    }
    session.flash('success', `The invitation for ${invitation.email} is revoked.`)
    return response.redirect().back()
  }

  async updateRole(ctx: HttpContext) {
    const { bouncer, params, request, session, response } = ctx
    const membership = await Membership.findOrFail(params.id)
    const { role } = await request.validateUsing(changeRoleValidator)
    await bouncer.authorize('manageMember', membership)
    await bouncer.authorize('grantRole', role)
    try {
      await changeMemberRole({ membership, role, audit: requestAuditContext(ctx) })
    } catch (error) {
      if (!(error instanceof LastOwnerError)) throw error
      session.flash('error', error.message)
      return response.redirect().back()
    }
    session.flash('success', 'Role changed.')
    return response.redirect().back()
  }

  async remove(ctx: HttpContext) {
    const { bouncer, params, session, response, member, tenant } = ctx
    const membership = await Membership.findOrFail(params.id)
    const leaving = membership.userId === member!.user.id
    if (!leaving) {
      await bouncer.authorize('manageMember', membership)
    }
    try {
      await removeMember({ membership, audit: requestAuditContext(ctx) })
    } catch (error) {
      if (!(error instanceof LastOwnerError)) throw error
      session.flash('error', error.message)
      return response.redirect().back()
    }
    if (leaving) {
      session.flash('success', `You left ${tenant!.name}.`)
      return response.redirect('/app')
    }
    session.flash('success', 'Member removed.')
    return response.redirect().back()
  }
}
