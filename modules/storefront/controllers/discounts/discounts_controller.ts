import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import type { Infer } from '@vinejs/vine/types'
import { ActionRefused } from '#exceptions/action_refused'
import { fieldError } from '#kernel/validation/field_error'
import Category from '#modules/storefront/models/category'
import Discount from '#modules/storefront/models/discount'
import Product from '#modules/storefront/models/product'
import { discountValidator } from '#modules/storefront/validators/discounts'

type DiscountInput = Infer<typeof discountValidator>

function discountRow(discount: Discount) {
  return {
    id: discount.id,
    code: discount.code,
    kind: discount.kind,
    value: discount.value,
    minimumSubtotalMinor: discount.minimumSubtotalMinor,
    usageLimit: discount.usageLimit,
    perCustomerLimit: discount.perCustomerLimit,
    timesUsed: discount.timesUsed,
    appliesTo: discount.appliesTo,
    productIds: discount.productIds,
    categoryIds: discount.categoryIds,
    startsAt: discount.startsAt?.toISO() ?? null,
    endsAt: discount.endsAt?.toISO() ?? null,
    active: discount.active,
  }
}

/**
 * What the validator cannot know: the code is free in this workspace, the
 * dates are in order, and the products or categories exist here.
 */
async function checkDiscount(input: DiscountInput, exceptId?: string) {
  const taken = Discount.query().where('code', input.code)
  if (exceptId) taken.whereNot('id', exceptId)
  if (await taken.first()) {
    throw fieldError('code', `The code ${input.code} is already used by another discount.`)
  }
  if (input.kind === 'percentage' && input.value > 10000) {
    throw fieldError('value', 'A percentage cannot be more than 100 %.')
  }
  if (input.starts_at && input.ends_at && input.ends_at <= input.starts_at) {
    throw fieldError('ends_at', 'The end date must come after the start date.')
  }
  const productIds = input.applies_to === 'products' ? (input.product_ids ?? []) : []
  const categoryIds = input.applies_to === 'categories' ? (input.category_ids ?? []) : []
  if (input.applies_to === 'products') {
    if (productIds.length === 0) throw fieldError('product_ids', 'Choose at least one product.')
    const found = await Product.query().whereIn('id', productIds).select('id')
    if (found.length !== productIds.length) {
      throw fieldError('product_ids', 'Some of the chosen products do not exist.')
    }
  }
  if (input.applies_to === 'categories') {
    if (categoryIds.length === 0) {
      throw fieldError('category_ids', 'Choose at least one category.')
    }
    const found = await Category.query().whereIn('id', categoryIds).select('id')
    if (found.length !== categoryIds.length) {
      throw fieldError('category_ids', 'Some of the chosen categories do not exist.')
    }
  }
  return {
    code: input.code,
    kind: input.kind,
    value: input.value,
    minimumSubtotalMinor: input.minimum_subtotal_minor ?? null,
    usageLimit: input.usage_limit ?? null,
    perCustomerLimit: input.per_customer_limit ?? null,
    appliesTo: input.applies_to,
    productIds,
    categoryIds,
    startsAt: input.starts_at ? DateTime.fromJSDate(input.starts_at) : null,
    endsAt: input.ends_at ? DateTime.fromJSDate(input.ends_at) : null,
    active: input.active ?? true,
  }
}

export default class DiscountsController {
  async index({ bouncer, inertia }: HttpContext) {
    await bouncer.authorize('can', 'storefront.discounts.manage')
    const discounts = await Discount.query().orderBy('created_at', 'desc')
    const products = await Product.query()
      .whereNot('status', 'archived')
      .orderBy('name')
      .select('id', 'name')
      .limit(1000)
    const categories = await Category.query().orderBy('name').select('id', 'name')
    return inertia.render('storefront/discounts/index', {
      discounts: discounts.map(discountRow),
      products: products.map((product) => ({ value: product.id, label: product.name })),
      categories: categories.map((category) => ({ value: category.id, label: category.name })),
    })
  }

  async store({ bouncer, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.discounts.manage')
    const input = await request.validateUsing(discountValidator)
    const discount = await Discount.create(await checkDiscount(input))
    session.flash('success', `Discount ${discount.code} created.`)
    return response.redirect().back()
  }

  async update({ bouncer, params, request, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.discounts.manage')
    const discount = await Discount.findOrFail(params.id)
    const input = await request.validateUsing(discountValidator)
    const changes = await checkDiscount(input, discount.id)
    if (changes.usageLimit !== null && changes.usageLimit < discount.timesUsed) {
      throw fieldError(
        'usage_limit',
        `This code was already used ${discount.timesUsed} times: the limit cannot be lower.`
      )
    }
    discount.merge(changes)
    await discount.save()
    session.flash('success', `Discount ${discount.code} saved.`)
    return response.redirect().back()
  }

  async destroy({ bouncer, params, session, response }: HttpContext) {
    await bouncer.authorize('can', 'storefront.discounts.manage')
    const discount = await Discount.findOrFail(params.id)
    if (discount.timesUsed > 0) {
      throw new ActionRefused(
        `${discount.code} was used on orders and is kept for their records: switch it off instead.`
      )
    }
    await discount.delete()
    session.flash('success', `Discount ${discount.code} deleted.`)
    return response.redirect().back()
  }
}
