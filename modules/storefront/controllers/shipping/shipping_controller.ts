import type { HttpContext } from '@adonisjs/core/http'
import { fieldError } from '#kernel/validation/field_error'
import { COUNTRY_CODES } from '#kernel/tenancy/reference_data'
import ShippingRate from '#modules/storefront/models/shipping_rate'
import ShippingZone from '#modules/storefront/models/shipping_zone'
import {
  shippingRateValidator,
  shippingZoneValidator,
} from '#modules/storefront/validators/shipping'

/** A country ships through one zone only, so checkout knows which rates apply. */
async function checkCountriesFree(countries: string[], exceptZoneId?: string) {
  const query = ShippingZone.query().whereRaw('countries && ?::text[]', [countries])
  if (exceptZoneId) query.whereNot('id', exceptZoneId)
  const clash = await query.first()
  if (clash) {
    const shared = clash.countries.filter((country) => countries.includes(country))
    throw fieldError(
      'countries',
      `${shared.join(', ')} already belong${shared.length === 1 ? 's' : ''} to the zone “${clash.name}”.`
    )
  }
}

export default class ShippingController {
  async index({ bouncer, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const zones = await ShippingZone.query()
      .orderBy('name')
      .preload('rates', (query) => query.orderBy('position').orderBy('price_minor'))
    return inertia.render('storefront/shipping/index', {
      zones: zones.map((zone) => ({
        id: zone.id,
        name: zone.name,
        countries: zone.countries,
        rates: zone.rates.map((rate) => ({
          id: rate.id,
          name: rate.name,
          priceMinor: rate.priceMinor,
          freeOverMinor: rate.freeOverMinor,
        })),
      })),
      countries: COUNTRY_CODES,
    })
  }

  async storeZone({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const input = await request.validateUsing(shippingZoneValidator)
    await checkCountriesFree(input.countries)
    const zone = await ShippingZone.create(input)
    session.flash('success', `Zone ${zone.name} created: add its rates.`)
    return response.redirect().back()
  }

  async updateZone({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const zone = await ShippingZone.findOrFail(params.id)
    const input = await request.validateUsing(shippingZoneValidator)
    await checkCountriesFree(input.countries, zone.id)
    zone.merge(input)
    await zone.save()
    session.flash('success', `Zone ${zone.name} saved.`)
    return response.redirect().back()
  }

  async destroyZone({ bouncer, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const zone = await ShippingZone.findOrFail(params.id)
    await ShippingRate.query().where('zone_id', zone.id).delete()
    await zone.delete()
    session.flash('success', `Zone ${zone.name} deleted.`)
    return response.redirect().back()
  }

  async storeRate({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const zone = await ShippingZone.findOrFail(params.id)
    const input = await request.validateUsing(shippingRateValidator)
    const last = await ShippingRate.query().where('zone_id', zone.id).max('position as max').first()
    await ShippingRate.create({
      zoneId: zone.id,
      name: input.name,
      priceMinor: input.price_minor,
      freeOverMinor: input.free_over_minor ?? null,
      position: Number(last?.$extras.max ?? -1) + 1,
    })
    session.flash('success', `Rate ${input.name} added to ${zone.name}.`)
    return response.redirect().back()
  }

  async updateRate({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const rate = await ShippingRate.findOrFail(params.id)
    const input = await request.validateUsing(shippingRateValidator)
    rate.merge({
      name: input.name,
      priceMinor: input.price_minor,
      freeOverMinor: input.free_over_minor ?? null,
    })
    await rate.save()
    session.flash('success', `Rate ${rate.name} saved.`)
    return response.redirect().back()
  }

  async destroyRate({ bouncer, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.settings.manage')
    const rate = await ShippingRate.findOrFail(params.id)
    await rate.delete()
    session.flash('success', `Rate ${rate.name} deleted.`)
    return response.redirect().back()
  }
}
