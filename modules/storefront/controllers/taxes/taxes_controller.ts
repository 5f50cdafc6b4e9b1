import type { HttpContext } from '@adonisjs/core/http'
import { updateModuleSettings } from '#kernel/modules/module_lifecycle'
import { requestAuditContext } from '#kernel/audit/record_audit_event'
import { fieldError } from '#kernel/validation/field_error'
import { COUNTRY_CODES } from '#kernel/tenancy/reference_data'
import TaxRate from '#modules/storefront/models/tax_rate'
import { shopSettings } from '#modules/storefront/settings/shop_settings'
import { taxRateValidator, taxSettingsValidator } from '#modules/storefront/validators/taxes'

async function checkCountryFree(country: string, exceptId?: string) {
  const query = TaxRate.query().where('country', country)
  if (exceptId) query.whereNot('id', exceptId)
  if (await query.first()) {
    throw fieldError('country', `${country} already has a tax rate: edit that one.`)
  }
}

export default class TaxesController {
  async index({ bouncer, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const rates = await TaxRate.query().orderBy('country')
    const settings = await shopSettings()
    return inertia.render('storefront/taxes/index', {
      rates: rates.map((rate) => ({
        id: rate.id,
        country: rate.country,
        name: rate.name,
        rateBasisPoints: rate.rateBasisPoints,
      })),
      pricesIncludeTax: settings.pricesIncludeTax,
      countries: COUNTRY_CODES,
    })
  }

  async store({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const input = await request.validateUsing(taxRateValidator)
    await checkCountryFree(input.country)
    await TaxRate.create({
      country: input.country,
      name: input.name,
      rateBasisPoints: input.rate_basis_points,
    })
    session.flash('success', `Tax rate for ${input.country} added.`)
    return response.redirect().back()
  }

  async update({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const rate = await TaxRate.findOrFail(params.id)
    const input = await request.validateUsing(taxRateValidator)
    await checkCountryFree(input.country, rate.id)
    rate.merge({
      country: input.country,
      name: input.name,
      rateBasisPoints: input.rate_basis_points,
    })
    await rate.save()
    session.flash('success', `Tax rate for ${rate.country} saved.`)
    return response.redirect().back()
  }

  async destroy({ bouncer, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const rate = await TaxRate.findOrFail(params.id)
    await rate.delete()
    session.flash('success', `Tax rate for ${rate.country} deleted.`)
    return response.redirect().back()
  }

  async updateSettings(ctx: HttpContext) {
    const { bouncer, request, session, response } = ctx
    await bouncer.authorize('can', 'storefront.settings.manage')
    const input = await request.validateUsing(taxSettingsValidator)
    await updateModuleSettings(
      'storefront',
      { pricesIncludeTax: input.prices_include_tax },
      requestAuditContext(ctx)
    )
    session.flash(
      'success',
      input.prices_include_tax
        ? 'Prices are now entered with tax included.'
        : 'Prices are now entered without tax; it is added at checkout.'
    )
    return response.redirect().back()
  }
}
