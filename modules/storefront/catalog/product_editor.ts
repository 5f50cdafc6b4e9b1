import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import { errors } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { emitEvent } from '#kernel/contracts/emit_event'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import Attribute from '#modules/storefront/models/attribute'
import Product, { type AttributeValues } from '#modules/storefront/models/product'
import ProductOption from '#modules/storefront/models/product_option'
import Variant from '#modules/storefront/models/variant'
import type { productValidator } from '#modules/storefront/validators/catalog'
import { sanitizeDescription } from '#modules/storefront/catalog/rich_text'
import { freeSlug } from '#modules/storefront/catalog/slugs'
import { toMinor } from '#kernel/money/money'
import { checkLowStockOfProducts } from '#modules/storefront/catalog/low_stock'

export type ProductInput = Infer<typeof productValidator>

interface FieldProblem {
  field: string
  message: string
  rule: string
}

interface VariantPlan {
  id: string | null
  optionValues: string[]
  priceMinor: number
  compareAtMinor: number | null
  sku: string | null
  stock: number
}

/**
 * Checks an attribute's value against the workspace's attribute set and
 * returns it cleaned (empty values are dropped).
 */
function cleanAttributes(
  input: Record<string, string | string[]>,
  attributes: Attribute[],
  problems: FieldProblem[]
): AttributeValues {
  const values: AttributeValues = {}
  for (const [key, raw] of Object.entries(input)) {
    const attribute = attributes.find((candidate) => candidate.key === key)
    const field = `attributes.${key}`
    if (!attribute) {
      problems.push({ field, message: 'This attribute does not exist.', rule: 'attribute' })
      continue
    }
    if (attribute.kind === 'multi_select') {
      const list = (Array.isArray(raw) ? raw : [raw]).map((value) => value.trim()).filter(Boolean)
      const unknown = list.filter((value) => !attribute.options.includes(value))
      if (unknown.length > 0) {
        problems.push({
          field,
          message: `${attribute.label}: "${unknown[0]}" is not one of ${attribute.options.join(', ')}.`,
          rule: 'attribute',
        })
      } else if (list.length > 0) {
        values[key] = [...new Set(list)]
      }
      continue
    }
    if (Array.isArray(raw)) {
      problems.push({ field, message: `${attribute.label} takes one value.`, rule: 'attribute' })
      continue
    }
    const value = raw.trim()
    if (!value) {
      continue
    }
    if (attribute.kind === 'select' && !attribute.options.includes(value)) {
      problems.push({
        field,
        message: `${attribute.label}: "${value}" is not one of ${attribute.options.join(', ')}.`,
        rule: 'attribute',
      })
      continue
    }
    values[key] = value
  }
  return values
}

/** What the variants of the product will be, or the problems preventing it. */
function planVariants(input: ProductInput, currency: string, problems: FieldProblem[]) {
  const options = input.options ?? []
  if (options.length === 0) {
    return [
      {
        id: null,
        optionValues: [],
        priceMinor: toMinor(input.price, currency),
        compareAtMinor:
          input.compare_at_price === null || input.compare_at_price === undefined
            ? null
            : toMinor(input.compare_at_price, currency),
        sku: input.sku ?? null,
        stock: input.stock ?? 0,
      },
    ] satisfies VariantPlan[]
  }
  const names = options.map((option) => option.name.toLowerCase())
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) {
      problems.push({
        field: `options.${index}.name`,
        message: 'Two options have the same name.',
        rule: 'distinct',
      })
    }
  })
  const variants = input.variants ?? []
  if (variants.length === 0) {
    problems.push({
      field: 'variants',
      message: 'Add at least one variant for the options.',
      rule: 'required',
    })
  }
  const seen = new Set<string>()
  return variants.map((variant, index) => {
    const valid =
      variant.option_values.length === options.length &&
      variant.option_values.every((value, position) => options[position].values.includes(value))
    if (!valid) {
      problems.push({
        field: `variants.${index}.option_values`,
        message: `Choose one value of each option (${options.map((option) => option.name).join(', ')}).`,
        rule: 'variant',
      })
    }
    const combination = variant.option_values.join('\u0000')
    if (seen.has(combination)) {
      problems.push({
        field: `variants.${index}.option_values`,
        message: `${variant.option_values.join(' / ')} is listed twice.`,
        rule: 'distinct',
      })
    }
    seen.add(combination)
    if (
      variant.compare_at_price !== null &&
      variant.compare_at_price !== undefined &&
      variant.compare_at_price <= variant.price
    ) {
      problems.push({
        field: `variants.${index}.compare_at_price`,
        message: 'The compare-at price must be higher than the price.',
        rule: 'compareAt',
      })
    }
    return {
      id: variant.id ?? null,
      optionValues: variant.option_values,
      priceMinor: toMinor(variant.price, currency),
      compareAtMinor:
        variant.compare_at_price === null || variant.compare_at_price === undefined
          ? null
          : toMinor(variant.compare_at_price, currency),
      sku: variant.sku ?? null,
      stock: variant.stock,
    } satisfies VariantPlan
  })
}

async function checkSkus(
  plans: VariantPlan[],
  productId: string | null,
  hasOptions: boolean,
  problems: FieldProblem[]
) {
  const fieldOf = (index: number) => (hasOptions ? `variants.${index}.sku` : 'sku')
  const skus = plans.map((plan) => plan.sku)
  skus.forEach((sku, index) => {
    if (sku && skus.indexOf(sku) !== index) {
      problems.push({ field: fieldOf(index), message: 'Two variants have this SKU.', rule: 'sku' })
    }
  })
  const wanted = skus.filter((sku): sku is string => Boolean(sku))
  if (wanted.length === 0) {
    return
  }
  const query = db
    .from('storefront_variants')
    .where('tenant_id', requireTenantId())
    .whereIn('sku', wanted)
    .select('sku')
  if (productId) {
    query.whereNot('product_id', productId)
  }
  const rows: { sku: string }[] = await query
  const taken = new Set(rows.map((row) => row.sku))
  plans.forEach((plan, index) => {
    if (plan.sku && taken.has(plan.sku)) {
      problems.push({
        field: fieldOf(index),
        message: `The SKU ${plan.sku} belongs to another product.`,
        rule: 'sku',
      })
    }
  })
}

export interface CheckedProduct {
  existing: Product | null
  input: ProductInput
  currency: string
  attributeValues: AttributeValues
  plans: VariantPlan[]
  matched: (Variant | null)[]
  current: Variant[]
}

/**
 * Checks form input against what the database knows: attribute values
 * against the workspace's attribute set, variants against the options,
 * SKUs unique in the workspace, stock not below what checkouts hold. All
 * problems are reported at once, as field errors; nothing is written.
 */
export async function checkProduct(
  existing: Product | null,
  input: ProductInput,
  currency: string
): Promise<CheckedProduct> {
  const problems: FieldProblem[] = []
  const attributes = await Attribute.query().orderBy('position')
  const attributeValues = cleanAttributes(input.attributes ?? {}, attributes, problems)
  if (
    input.compare_at_price !== null &&
    input.compare_at_price !== undefined &&
    input.compare_at_price <= input.price
  ) {
    problems.push({
      field: 'compare_at_price',
      message: 'The compare-at price must be higher than the price.',
      rule: 'compareAt',
    })
  }
  const hasOptions = (input.options ?? []).length > 0
  const plans = planVariants(input, currency, problems)
  await checkSkus(plans, existing?.id ?? null, hasOptions, problems)

  const current = existing
    ? await Variant.query().where('product_id', existing.id).orderBy('position')
    : []
  const matched = plans.map((plan) => {
    if (plan.id) {
      return current.find((variant) => variant.id === plan.id) ?? null
    }
    const key = plan.optionValues.join('\u0000')
    return current.find((variant) => variant.optionValues.join('\u0000') === key) ?? null
  })
  plans.forEach((plan, index) => {
    if (plan.id && !matched[index]) {
      problems.push({
        field: `variants.${index}.id`,
        message: 'This variant is not part of the product.',
        rule: 'variant',
      })
    }
    const variant = matched[index]
    if (variant && plan.stock < variant.stockReserved) {
      problems.push({
        field: hasOptions ? `variants.${index}.stock` : 'stock',
        message: `${variant.stockReserved} units are held by checkouts in progress; stock cannot go below that.`,
        rule: 'stock',
      })
    }
  })
  if (problems.length > 0) {
    throw new errors.E_VALIDATION_ERROR(problems)
  }
  return { existing, input, currency, attributeValues, plans, matched, current }
}

/**
 * Creates or updates a product with its options and variants from
 * validated form input (see checkProduct), then checks its stock against
 * the low-stock threshold and emits `storefront.product.created/updated`.
 */
export async function saveProduct(existing: Product | null, input: ProductInput, currency: string) {
  return applyProduct(await checkProduct(existing, input, currency))
}

async function applyProduct(checked: CheckedProduct) {
  const { existing, input, currency, attributeValues, plans, matched, current } = checked
  const hasOptions = (input.options ?? []).length > 0
  if (!existing) {
    const meter = await app.container.make(UsageMeter)
    await meter.ensureAllowed('products')
  }
  const product = existing ?? new Product()
  // Listings show the lowest price, with that variant's compare-at price.
  const cheapest = plans.reduce((low, plan) => (plan.priceMinor < low.priceMinor ? plan : low))
  const wasActive = existing?.status === 'active'
  product.merge({
    name: input.name,
    slug: input.slug || (await freeSlug('storefront_products', input.name, existing?.id)),
    descriptionHtml: sanitizeDescription(input.description),
    status: input.status,
    categoryId: input.category_id ?? null,
    currency,
    priceMinor: cheapest.priceMinor,
    compareAtMinor: cheapest.compareAtMinor,
    sku: input.sku ?? null,
    barcode: input.barcode ?? null,
    weightGrams: input.weight_grams ?? null,
    seoTitle: input.seo_title ?? null,
    seoDescription: input.seo_description ?? null,
    tags: [...new Set((input.tags ?? []).map((tag) => tag.trim()).filter(Boolean))],
    attributes: attributeValues,
    trackInventory: input.track_inventory,
    lowStockThreshold: input.low_stock_threshold,
  })
  if (input.status === 'active' && !wasActive && !product.publishedAt) {
    product.publishedAt = DateTime.now()
  }
  await product.save()

  await ProductOption.query().where('product_id', product.id).delete()
  for (const [position, option] of (input.options ?? []).entries()) {
    await ProductOption.create({
      productId: product.id,
      name: option.name,
      position,
      values: option.values,
    })
  }

  const keep = new Set(matched.filter(Boolean).map((variant) => variant!.id))
  const removed = current.filter((variant) => !keep.has(variant.id)).map((variant) => variant.id)
  if (removed.length > 0) {
    await Variant.query().whereIn('id', removed).delete()
  }
  for (const [position, plan] of plans.entries()) {
    const variant = matched[position] ?? new Variant()
    variant.merge({
      productId: product.id,
      title: plan.optionValues.length > 0 ? plan.optionValues.join(' / ') : 'Default',
      optionValues: plan.optionValues,
      sku: plan.sku,
      barcode: hasOptions ? variant.barcode : (input.barcode ?? null),
      priceMinor: plan.priceMinor,
      compareAtMinor: plan.compareAtMinor,
      weightGrams: hasOptions ? variant.weightGrams : (input.weight_grams ?? null),
      stockOnHand: plan.stock,
      position,
    })
    await variant.save()
  }

  await product.refresh()
  await checkLowStockOfProducts([product.id])
  await emitEvent(existing ? 'storefront.product.updated' : 'storefront.product.created', {
    tenantId: requireTenantId(),
    productId: product.id,
  })
  return product
}
