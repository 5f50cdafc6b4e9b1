import { BaseMail } from '@adonisjs/mail'
import { appUrl } from '#config/app'
import type Tenant from '#kernel/tenancy/models/tenant'
import { publicFileUrl } from '#kernel/files/image_upload'

export interface MailBrand {
  name: string
  color: string
  logoUrl: string | null
  homeUrl: string
}

export const PLATFORM_BRAND: MailBrand = {
  name: 'Wrencos',
  color: '#ae3ec9',
  logoUrl: null,
  homeUrl: appUrl,
}

export function brandOf(tenant: Tenant): MailBrand {
  const logo = publicFileUrl(tenant.logoPath)
  return {
    name: tenant.name,
    color: tenant.brandColor,
    logoUrl: logo ? new URL(logo, appUrl).toString() : null,
    homeUrl: `${appUrl}/s/${tenant.slug}`,
  }
}

/**
 * Every email: an HTML part in the shared branded layout
 * (resources/views/emails/layout.edge) and a plain-text part.
 */
export abstract class BrandedMail extends BaseMail {
  protected abstract template: string

  protected brand: MailBrand = PLATFORM_BRAND

  protected abstract data(): Record<string, unknown>

  protected abstract recipient(): string

  prepare() {
    const data = { ...this.data(), brand: this.brand, subject: this.subject }
    this.message
      .to(this.recipient())
      .htmlView(`emails/${this.template}_html`, data)
      .textView(`emails/${this.template}_text`, data)
  }
}
