import type { HttpContext } from '@adonisjs/core/http'
import type User from '#kernel/identity/models/user'
import { createWorkspace } from '#kernel/tenancy/actions/create_workspace'
import { createWorkspaceValidator, slugCheckValidator } from '#kernel/tenancy/validators/workspace'
import {
  COUNTRY_CODES,
  COUNTRY_CURRENCY,
  CURRENCY_CODES,
  LANGUAGES,
  TIMEZONES,
} from '#kernel/tenancy/reference_data'
import { RESERVED_SLUGS, SLUG_PATTERN } from '#kernel/tenancy/reserved_slugs'
import { tenantResolver } from '#kernel/tenancy/tenant_resolver'
import { ImageUploadError, storeImage } from '#kernel/files/image_upload'
import { platformDomain } from '#kernel/tenancy/storefront_host'
import { fieldError } from '#kernel/validation/field_error'

export default class OnboardingController {
  async create({ inertia }: HttpContext) {
    return inertia.render('onboarding/workspace', {
      countries: COUNTRY_CODES,
      currencies: CURRENCY_CODES,
      timezones: TIMEZONES,
      languages: LANGUAGES,
      countryCurrency: COUNTRY_CURRENCY,
      platformDomain: platformDomain(),
    })
  }

  /**
   * Step two of onboarding: the business. Ends in its back office.
   */
  async store({ auth, request, response, session }: HttpContext) {
    const user = auth.getUserOrFail() as User
    const payload = await request.validateUsing(createWorkspaceValidator)

    let logoPath: string | null = null
    if (payload.logo) {
      try {
        logoPath = await storeImage(payload.logo, 'logos')
      } catch (error) {
        if (!(error instanceof ImageUploadError)) throw error
        throw fieldError('logo', error.message)
      }
    }

    const tenant = await createWorkspace(user, {
      name: payload.business_name,
      slug: payload.slug,
      industry: payload.industry,
      country: payload.country,
      currency: payload.currency,
      timezone: payload.timezone,
      locale: payload.locale,
      brandColor: payload.brand_color,
      logoPath,
    })
    session.flash('success', `Welcome to ${tenant.name}! Here is how to get started.`)
    return response.redirect().toRoute('tenancy.dashboard.show', { workspace: tenant.slug })
  }

  /**
   * Live availability of a web address while the form is filled in.
   */
  async slugAvailability({ request }: HttpContext) {
    const { slug } = await request.validateUsing(slugCheckValidator)
    if (!SLUG_PATTERN.test(slug)) {
      return {
        available: false,
        reason:
          'Use 3 to 48 lower-case letters, digits and dashes, starting and ending with a letter or digit.',
      }
    }
    if (RESERVED_SLUGS.has(slug)) {
      return { available: false, reason: 'This web address is reserved.' }
    }
    if (await tenantResolver.isSlugTaken(slug)) {
      return { available: false, reason: 'This web address is already taken.' }
    }
    return { available: true, reason: null }
  }
}
