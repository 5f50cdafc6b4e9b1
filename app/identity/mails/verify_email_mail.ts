import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { BrandedMail } from '#kernel/mail/branded_mail'
import type User from '#kernel/identity/models/user'

export default class VerifyEmailMail extends BrandedMail {
  subject = 'Confirm your email address'
  protected template = 'verify_email'

  constructor(private user: User) {
    super()
  }

  protected recipient() {
    return this.user.email
  }

  protected data() {
    return {
      name: this.user.name,
      email: this.user.email,
      verifyUrl: signedUrlFor(
        'identity.email_verification.verify',
        { id: this.user.id },
        { qs: { email: this.user.email }, expiresIn: '24 hours', prefixUrl: appUrl }
      ),
    }
  }
}
