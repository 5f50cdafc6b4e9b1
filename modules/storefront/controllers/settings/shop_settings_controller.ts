import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import drive from '@adonisjs/drive/services/main'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { updateModuleSettings } from '#kernel/modules/module_lifecycle'
import { requestAuditContext } from '#kernel/audit/record_audit_event'
import { updateWorkspace } from '#kernel/tenancy/actions/update_workspace'
import { ImageUploadError, publicFileUrl, storeImage } from '#kernel/files/image_upload'
import { fieldError } from '#kernel/validation/field_error'
import { afterCommit } from '#kernel/tenancy/tenant_context'
import Category from '#modules/storefront/models/category'
import ShopPage from '#modules/storefront/models/shop_page'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { stripeIsConfigured } from '#kernel/stripe/stripe_client'
import { storefrontFilesPrefix } from '#modules/storefront/catalog/storage_paths'
import { sanitizeDescription } from '#modules/storefront/catalog/rich_text'
import {
  claimCustomDomain,
  CustomDomainRefused,
  DnsTxtResolver,
  removeCustomDomain,
  verificationRecord,
  verifyCustomDomain,
} from '#modules/storefront/settings/custom_domain'
import {
  customDomainValidator,
  menuFormValidator,
  paymentMethodsValidator,
  shopPageValidator,
  themeFormValidator,
} from '#modules/storefront/validators/shop_settings'

const STRIPE_CONNECT_ROUTE = 'storefront.stripe.connect'

const VERIFICATION_MESSAGES = {
  no_domain: 'Enter your domain first.',
  not_found:
    'The TXT record was not found yet. DNS changes can take up to an hour to show: check again later.',
  mismatch: 'A TXT record exists but does not hold the expected value: copy it exactly.',
  lookup_failed: 'The DNS lookup failed. Check the domain and try again in a moment.',
}

async function storeUpload(field: string, file: Parameters<typeof storeImage>[0], folder: string) {
  try {
    return await storeImage(file, folder, 4 * 1024 * 1024)
  } catch (error) {
    if (!(error instanceof ImageUploadError)) throw error
    throw fieldError(field, error.message)
  }
}

/** Files replaced or removed are deleted once the change is committed. */
function deleteLater(paths: (string | null)[]) {
  const gone = paths.filter((path): path is string => Boolean(path))
  if (gone.length > 0) {
    afterCommit(async () => {
      for (const path of gone) await drive.use().delete(path)
    })
  }
}

export default class ShopSettingsController {
  async show({ bouncer, tenant, inertia, request }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const settings = await shopSettings()
    const pages = await ShopPage.query().orderBy('slug')
    const categories = await Category.query().orderBy('name').select('id', 'name')
    const stripeConnectUrl =
      stripeIsConfigured() && router.has(STRIPE_CONNECT_ROUTE)
        ? urlFor(STRIPE_CONNECT_ROUTE as any, { workspace: tenant!.slug })
        : null
    return inertia.render('storefront/settings/index', {
      tab: request.qs().tab ?? 'theme',
      theme: {
        logoUrl: publicFileUrl(tenant!.logoPath),
        accentColor: settings.theme.accentColor ?? tenant!.brandColor,
        heroTitle: settings.theme.heroTitle ?? '',
        heroText: settings.theme.heroText ?? '',
        heroImageUrl: publicFileUrl(settings.theme.heroImagePath),
        featuredCategoryIds: settings.theme.featuredCategoryIds,
      },
      categories: categories.map((category) => ({ value: category.id, label: category.name })),
      menu: settings.menu,
      pages: pages.map((page) => ({
        id: page.id,
        slug: page.slug,
        title: page.title,
        bodyHtml: page.bodyHtml,
        published: page.published,
      })),
      domain: {
        domain: tenant!.customDomain,
        verifiedAt: tenant!.customDomainVerifiedAt?.toISO() ?? null,
        record: verificationRecord(tenant!),
      },
      payments: settings.payments,
      stripe: settings.stripe,
      stripeConnectUrl,
      shopUrl: `/s/${tenant!.slug}`,
    })
  }

  async updateTheme(ctx: HttpContext) {
    const { bouncer, tenant, request, session, response } = ctx
    await bouncer.authorize('can', 'storefront.settings.manage')
    const input = await request.validateUsing(themeFormValidator)
    const featured = input.featured_category_ids ?? []
    if (featured.length > 0) {
      const found = await Category.query().whereIn('id', featured).select('id')
      if (found.length !== featured.length) {
        throw fieldError('featured_category_ids', 'Some of the chosen categories do not exist.')
      }
    }
    const current = await shopSettings()
    const folder = `${storefrontFilesPrefix(tenant!.id)}/theme`

    let heroImagePath = input.remove_hero_image ? null : current.theme.heroImagePath
    if (input.hero_image) heroImagePath = await storeUpload('hero_image', input.hero_image, folder)
    const previousLogo = tenant!.logoPath
    let logoPath = input.remove_logo ? null : previousLogo
    if (input.logo) logoPath = await storeUpload('logo', input.logo, 'logos')

    await updateModuleSettings(
      'storefront',
      {
        theme: {
          accentColor: input.accent_color,
          heroTitle: input.hero_title ?? '',
          heroText: input.hero_text ?? '',
          // Left out, a removed image falls back to none.
          ...(heroImagePath ? { heroImagePath } : {}),
          featuredCategoryIds: featured,
        },
      },
      requestAuditContext(ctx)
    )
    if (logoPath !== previousLogo) {
      await updateWorkspace(
        tenant!,
        { logoPath },
        requestAuditContext(ctx),
        'workspace.branding_changed'
      )
    }
    deleteLater([
      current.theme.heroImagePath !== heroImagePath ? current.theme.heroImagePath : null,
      previousLogo !== logoPath ? previousLogo : null,
    ])
    session.flash('success', 'Theme saved.')
    return response.redirect().back()
  }

  async updateMenu(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('can', 'storefront.settings.manage')
    const { menu } = await request.validateUsing(menuFormValidator)
    await updateModuleSettings('storefront', { menu }, requestAuditContext(ctx))
    session.flash('success', 'Navigation menu saved.')
    return response.redirect().back()
  }

  async updatePage({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const page = await ShopPage.findOrFail(params.id)
    const input = await request.validateUsing(shopPageValidator)
    page.merge({
      title: input.title,
      bodyHtml: sanitizeDescription(input.body_html),
      published: input.published ?? page.published,
    })
    await page.save()
    session.flash('success', `Page “${page.title}” saved.`)
    return response.redirect().back()
  }

  async updateDomain({ bouncer, tenant, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const { domain } = await request.validateUsing(customDomainValidator)
    try {
      await claimCustomDomain(tenant!, domain)
    } catch (error) {
      if (!(error instanceof CustomDomainRefused)) throw error
      throw fieldError('domain', error.message)
    }
    session.flash('success', 'Domain saved: create the TXT record below, then check it.')
    return response.redirect().back()
  }

  async verifyDomain({ bouncer, tenant, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const resolver = await app.container.make(DnsTxtResolver)
    const result = await verifyCustomDomain(tenant!, resolver)
    if (result.verified) {
      session.flash('success', `${tenant!.customDomain} is verified: your shop now answers on it.`)
    } else {
      session.flash('error', VERIFICATION_MESSAGES[result.reason])
    }
    return response.redirect().back()
  }

  async removeDomain({ bouncer, tenant, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    await removeCustomDomain(tenant!)
    session.flash('success', 'The custom domain was removed.')
    return response.redirect().back()
  }

  async updatePayments(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('can', 'storefront.settings.manage')
    const input = await request.validateUsing(paymentMethodsValidator)
    const enabled = input.bank_transfer_enabled ?? false
    if (enabled && !input.bank_transfer_instructions) {
      throw fieldError(
        'bank_transfer_instructions',
        'Enter the instructions customers need to pay by bank transfer (your IBAN and the reference to use).'
      )
    }
    await updateModuleSettings(
      'storefront',
      {
        payments: {
          bankTransfer: {
            enabled,
            ...(input.bank_transfer_instructions
              ? { instructions: input.bank_transfer_instructions }
              : {}),
          },
          cashOnDelivery: { enabled: input.cash_on_delivery_enabled ?? false },
        },
      },
      requestAuditContext(ctx)
    )
    session.flash('success', 'Payment methods saved.')
    return response.redirect().back()
  }
}
