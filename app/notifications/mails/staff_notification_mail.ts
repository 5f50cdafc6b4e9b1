import { appUrl } from '#config/app'
import { BrandedMail, brandOf } from '#kernel/mail/branded_mail'
import type User from '#kernel/identity/models/user'
import type Tenant from '#kernel/tenancy/models/tenant'
import type { StaffNotificationInput } from '#kernel/contracts/staff_notifications'

/**
 * A staff notification, for members who asked to get that kind by email.
 */
export default class StaffNotificationMail extends BrandedMail {
  protected template = 'staff_notification'

  constructor(
    private user: User,
    private tenant: Tenant,
    private notification: StaffNotificationInput
  ) {
    super()
    this.subject = `${notification.title} · ${tenant.name}`
    this.brand = brandOf(tenant)
  }

  protected recipient() {
    return this.user.email
  }

  protected data() {
    return {
      name: this.user.name,
      workspaceName: this.tenant.name,
      title: this.notification.title,
      body: this.notification.body ?? null,
      url: new URL(this.notification.url ?? `/app/${this.tenant.slug}`, appUrl).toString(),
      preferencesUrl: new URL(`/app/${this.tenant.slug}/notifications`, appUrl).toString(),
    }
  }
}
