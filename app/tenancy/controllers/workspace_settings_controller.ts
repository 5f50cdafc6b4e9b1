import type { HttpContext } from '@adonisjs/core/http'
import drive from '@adonisjs/drive/services/main'
import { requestAuditContext } from '#kernel/audit/record_audit_event'
import { updateWorkspace } from '#kernel/tenancy/actions/update_workspace'
import { brandingValidator, workspaceProfileValidator } from '#kernel/tenancy/validators/workspace'
import { COUNTRY_CODES, CURRENCY_CODES, LANGUAGES, TIMEZONES } from '#kernel/tenancy/reference_data'
import { ImageUploadError, publicFileUrl, storeImage } from '#kernel/files/image_upload'
import { platformDomain } from '#kernel/tenancy/storefront_host'
import { fieldError } from '#kernel/validation/field_error'

export default class WorkspaceSettingsController {
  async profile({ tenant, bouncer, inertia }: HttpContext) {
    await bouncer.authorize('can', 'workspace.settings.view')
    return inertia.render('workspace/settings/profile', {
      profile: {
        name: tenant!.name,
        slug: tenant!.slug,
        previousSlugs: tenant!.previousSlugs,
        country: tenant!.country,
        currency: tenant!.currency,
        timezone: tenant!.timezone,
        locale: tenant!.locale,
        industry: tenant!.industry,
      },
      countries: COUNTRY_CODES,
      currencies: CURRENCY_CODES,
      timezones: TIMEZONES,
      languages: LANGUAGES,
      platformDomain: platformDomain(),
    })
  }

  async updateProfile(ctx: HttpContext) {
    const { tenant, bouncer, request, session, response } = ctx
    await bouncer.authorize('can', 'workspace.settings.manage')
    const payload = await request.validateUsing(workspaceProfileValidator, {
      meta: { tenantId: tenant!.id },
    })
    const previousSlug = tenant!.slug
    await updateWorkspace(
      tenant!,
      {
        name: payload.business_name,
        slug: payload.slug,
        country: payload.country,
        currency: payload.currency,
        timezone: payload.timezone,
        locale: payload.locale,
      },
      requestAuditContext(ctx)
    )
    session.flash(
      'success',
      previousSlug === tenant!.slug
        ? 'Workspace settings saved.'
        : `Workspace settings saved. Links to /${previousSlug} now lead to /${tenant!.slug}.`
    )
    return response.redirect().toRoute('tenancy.settings.profile', { workspace: tenant!.slug })
  }

  async branding({ tenant, bouncer, inertia }: HttpContext) {
    await bouncer.authorize('can', 'workspace.settings.view')
    return inertia.render('workspace/settings/branding', {
      branding: { brandColor: tenant!.brandColor, logoUrl: publicFileUrl(tenant!.logoPath) },
    })
  }

  async updateBranding(ctx: HttpContext) {
    const { tenant, bouncer, request, session, response } = ctx
    await bouncer.authorize('can', 'workspace.settings.manage')
    const payload = await request.validateUsing(brandingValidator)
    const previousLogo = tenant!.logoPath
    let logoPath = payload.remove_logo ? null : previousLogo
    if (payload.logo) {
      try {
        logoPath = await storeImage(payload.logo, 'logos')
      } catch (error) {
        if (!(error instanceof ImageUploadError)) throw error
        throw fieldError('logo', error.message)
      }
    }
    await updateWorkspace(
      tenant!,
      { brandColor: payload.brand_color, logoPath },
      requestAuditContext(ctx),
      'workspace.branding_changed'
    )
    if (previousLogo && previousLogo !== logoPath) {
      await drive.use().delete(previousLogo)
    }
    session.flash('success', 'Branding saved.')
    return response.redirect().back()
  }
}
