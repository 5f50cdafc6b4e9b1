import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { BrandedMail, brandOf } from '#kernel/mail/branded_mail'
import type Customer from '#kernel/identity/models/customer'
import type CustomerPasswordReset from '#kernel/identity/models/customer_password_reset'
import type Tenant from '#kernel/tenancy/models/tenant'

/**
 * Emails to a workspace's customers carry the workspace's brand.
 */
export class CustomerVerifyEmailMail extends BrandedMail {
  subject = 'Confirm your email address'
  protected template = 'verify_email'

  constructor(
    private customer: Customer,
    private tenant: Tenant
  ) {
    super()
    this.brand = brandOf(tenant)
  }

  protected recipient() {
    return this.customer.email
  }

  protected data() {
    return {
      name: this.customer.name,
      email: this.customer.email,
      verifyUrl: signedUrlFor(
        'identity.customer_account.verify_email',
        { storefront: this.tenant.slug, id: this.customer.id },
        { qs: { email: this.customer.email }, expiresIn: '24 hours', prefixUrl: appUrl }
      ),
    }
  }
}

export class CustomerResetPasswordMail extends BrandedMail {
  subject = 'Reset your password'
  protected template = 'reset_password'

  constructor(
    private customer: Customer,
    private reset: CustomerPasswordReset,
    private tenant: Tenant
  ) {
    super()
    this.brand = brandOf(tenant)
  }

  protected recipient() {
    return this.customer.email
  }

  protected data() {
    return {
      name: this.customer.name,
      resetUrl: signedUrlFor(
        'identity.customer_password_reset.edit',
        { storefront: this.tenant.slug, id: this.reset.id },
        { expiresIn: '1 hour', prefixUrl: appUrl }
      ),
    }
  }
}
