import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import { fieldError } from '#kernel/validation/field_error'
import Attribute from '#modules/storefront/models/attribute'
import { attributeValidator } from '#modules/storefront/validators/catalog'
import { slugify } from '#modules/storefront/catalog/slugs'
import { conformProductValues } from '#modules/storefront/catalog/attribute_values'

type AttributeInput = Awaited<ReturnType<typeof attributeValidator.validate>>

function optionsOf(input: AttributeInput) {
  const options = input.kind === 'text' ? [] : (input.options ?? [])
  if (input.kind !== 'text' && options.length === 0) {
    throw fieldError('options', 'List the values people can choose from.')
  }
  return options
}

async function freeKey(label: string) {
  const base = slugify(label, 50).replace(/-/g, '_')
  let key = base
  for (let suffix = 2; await Attribute.findBy('key', key); suffix++) {
    key = `${base}_${suffix}`
  }
  return key
}

/**
 * The workspace's attribute set: what products are described by, and
 * which of them shoppers can filter the storefront by. Keys stay when a
 * label changes, so products keep their values.
 */
export default class AttributesController {
  async index({ bouncer, inertia, member }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.view')
    const attributes = await Attribute.query().orderBy('position').orderBy('label')
    return inertia.render('storefront/catalog/attributes/index', {
      attributes: attributes.map((attribute) => ({
        id: attribute.id,
        key: attribute.key,
        label: attribute.label,
        kind: attribute.kind,
        options: attribute.options,
        filterable: attribute.filterable,
      })),
      canManage: member!.can('storefront.catalog.manage'),
    })
  }

  async store({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const input = await request.validateUsing(attributeValidator)
    const options = optionsOf(input)
    const last = await Attribute.query().max('position as last_position').first()
    const attribute = await Attribute.create({
      key: await freeKey(input.label),
      label: input.label,
      kind: input.kind,
      options,
      filterable: input.filterable ?? false,
      position: Number(last?.$extras.last_position ?? -1) + 1,
    })
    session.flash('success', `Attribute “${attribute.label}” added.`)
    return response.redirect().back()
  }

  async update({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const attribute = await Attribute.findOrFail(params.id)
    const input = await request.validateUsing(attributeValidator)
    attribute.merge({
      label: input.label,
      kind: input.kind,
      options: optionsOf(input),
      filterable: input.filterable ?? false,
    })
    await attribute.save()
    await conformProductValues(attribute)
    session.flash('success', `Attribute “${attribute.label}” saved.`)
    return response.redirect().back()
  }

  /** Products lose their values of it. */
  async destroy({ bouncer, params, session, response, tenant }: HttpContext) {
    await bouncer.authorize('can', 'storefront.catalog.manage')
    const attribute = await Attribute.findOrFail(params.id)
    await db
      .from('storefront_products')
      .where('tenant_id', tenant!.id)
      .whereRaw('jsonb_exists(attributes, ?)', [attribute.key])
      .update({ attributes: db.raw('attributes - ?', [attribute.key]) })
    await attribute.delete()
    session.flash('success', `Attribute “${attribute.label}” removed.`)
    return response.redirect().back()
  }
}
