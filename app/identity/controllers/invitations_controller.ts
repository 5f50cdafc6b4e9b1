import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import vine from '@vinejs/vine'
import Invitation from '#kernel/identity/models/invitation'
import User from '#kernel/identity/models/user'
import Tenant from '#kernel/tenancy/models/tenant'
import { withTenant } from '#kernel/tenancy/with_tenant'
import { ROLE_LABELS } from '#kernel/identity/roles'
import { InvitationUnusable, acceptInvitation } from '#kernel/identity/actions/accept_invitation'
import { recordAccountEvent } from '#kernel/identity/actions/record_account_event'
import { startTrackedSession } from '#kernel/identity/session_tracker'
import { newPassword } from '#kernel/identity/validators/password_rule'
import { requestOrigin } from '#kernel/identity/request_origin'

const newMemberValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(120),
  password: newPassword(),
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The emailed invitation link. The workspace comes from the signed URL
 * (tampering voids the signature), never from anything else the client
 * sends.
 */
async function loadInvitation(ctx: HttpContext) {
  const { params, request } = ctx
  if (!request.hasValidSignature() || !UUID.test(params.tenant) || !UUID.test(params.id)) {
    return null
  }
  const tenant = await Tenant.find(params.tenant)
  if (!tenant) {
    return null
  }
  const invitation = await withTenant(tenant.id, () => Invitation.find(params.id))
  return invitation ? { tenant, invitation } : null
}

export default class InvitationsController {
  async show(ctx: HttpContext) {
    const { auth, inertia, request } = ctx
    const found = await loadInvitation(ctx)
    await auth.use('web').check()
    const user = auth.use('web').user
    if (!found || found.invitation.state !== 'pending') {
      return inertia.render('invitations/show', {
        usable: false,
        reason: found
          ? `This invitation is ${found.invitation.state}.`
          : 'This invitation link is invalid.',
        invitation: null,
        account: null,
        action: null,
      })
    }
    const { tenant, invitation } = found
    const existing = await User.findBy('email', invitation.email)
    return inertia.render('invitations/show', {
      usable: true,
      reason: null,
      invitation: {
        workspaceName: tenant.name,
        email: invitation.email,
        role: ROLE_LABELS[invitation.role],
        expiresAt: invitation.expiresAt.toISO()!,
      },
      account: user
        ? {
            state: user.email === invitation.email ? 'signed_in_as_invitee' : 'signed_in_as_other',
            email: user.email,
          }
        : { state: existing ? 'existing_account' : 'new_account', email: null },
      action: request.url(true),
    })
  }

  async accept(ctx: HttpContext) {
    const { auth, request, response, session } = ctx
    const found = await loadInvitation(ctx)
    if (!found || found.invitation.state !== 'pending') {
      session.flash('error', 'This invitation can no longer be used.')
      return response.redirect().back()
    }
    const { tenant, invitation } = found
    await auth.use('web').check()
    let user = auth.use('web').user as User | undefined

    if (!user) {
      if (await User.findBy('email', invitation.email)) {
        session.flash('error', 'Sign in to accept this invitation.')
        return response.redirect().toRoute('identity.session.create', [], {
          qs: { return_to: request.url(true) },
        })
      }
      const payload = await request.validateUsing(newMemberValidator)
      user = await User.create({
        name: payload.name,
        email: invitation.email,
        password: payload.password,
        // The link reached this address, which proves it belongs to them.
        emailVerifiedAt: DateTime.now(),
      })
      await recordAccountEvent({ action: 'account.created', user, origin: requestOrigin(ctx) })
      await auth.use('web').login(user)
      await startTrackedSession(ctx, user)
    }

    try {
      await withTenant(tenant.id, () => acceptInvitation(invitation, user!, requestOrigin(ctx)))
    } catch (error) {
      if (!(error instanceof InvitationUnusable)) throw error
      session.flash('error', error.message)
      return response.redirect().back()
    }
    session.flash('success', `Welcome to ${tenant.name}!`)
    return response.redirect().toRoute('tenancy.dashboard.show', { workspace: tenant.slug })
  }
}
