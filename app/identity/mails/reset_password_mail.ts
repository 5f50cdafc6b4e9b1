import { signedUrlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import { BrandedMail } from '#kernel/mail/branded_mail'
import type User from '#kernel/identity/models/user'
import type PasswordReset from '#kernel/identity/models/password_reset'

export default class ResetPasswordMail extends BrandedMail {
  subject = 'Reset your password'
  protected template = 'reset_password'

  constructor(
    private user: User,
    private reset: PasswordReset
  ) {
    super()
  }

  protected recipient() {
    return this.user.email
  }

  protected data() {
    return {
      name: this.user.name,
      resetUrl: signedUrlFor(
        'identity.password_reset.edit',
        { id: this.reset.id },
        { expiresIn: '1 hour', prefixUrl: appUrl }
      ),
    }
  }
}
