import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { BrandedMail, brandOf } from '#kernel/mail/branded_mail'
import type Invitation from '#kernel/identity/models/invitation'
import type Tenant from '#kernel/tenancy/models/tenant'
import { ROLE_LABELS } from '#kernel/identity/roles'

export default class InvitationMail extends BrandedMail {
  protected template = 'invitation'

  constructor(
    private invitation: Invitation,
    private tenant: Tenant,
    private inviterName: string
  ) {
    super()
    this.subject = `${inviterName} invited you to ${tenant.name} on Wrencos`
    this.brand = brandOf(tenant)
  }

  protected recipient() {
    return this.invitation.email
  }

  protected data() {
    return {
      workspaceName: this.tenant.name,
      inviterName: this.inviterName,
      roleLabel: ROLE_LABELS[this.invitation.role].toLowerCase(),
      expiresOn: this.invitation.expiresAt.toFormat('d LLLL yyyy'),
      acceptUrl: signedUrlFor(
        'identity.invitations.show',
        { tenant: this.tenant.id, id: this.invitation.id },
        {
          expiresIn: Math.max(60, Math.round(this.invitation.expiresAt.diffNow('seconds').seconds)),
          prefixUrl: appUrl,
        }
      ),
    }
  }
}
