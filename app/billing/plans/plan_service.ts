import { DateTime } from 'luxon'
import type Stripe from 'stripe'
import logger from '@adonisjs/core/services/logger'
import Plan, { type PlanLimits } from '#kernel/billing/models/plan'
import { ActionRefused } from '#exceptions/action_refused'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { stripeClient, stripeIsConfigured } from '#kernel/stripe/stripe_client'
import { fieldError } from '#kernel/validation/field_error'
import { toMinor } from '#kernel/money/money'
import type { PlanFormData } from '#kernel/billing/plans/plan_validator'

export class PlanRefused extends ActionRefused {}

type Interval = 'month' | 'year'

/** What a plan form's values become in the `plans` row. */
function planAttributes(data: PlanFormData) {
  const currency = data.currency
  const limits: PlanLimits = {}
  const given = data.limits ?? {}
  const set = (metric: keyof PlanLimits, value: number | null | undefined) => {
    if (value !== null && value !== undefined && !Number.isNaN(value)) limits[metric] = value
  }
  set('products', given.products)
  set('staff_seats', given.staff_seats)
  set('ai_messages', given.ai_messages)
  set('emails', given.emails)
  set('stream_minutes', typeof given.stream_hours === 'number' ? given.stream_hours * 60 : null)
  set('storage_mb', given.storage_mb)
  return {
    name: data.name,
    description: data.description ?? '',
    currency,
    monthlyPriceMinor: toMinor(data.monthly_price, currency),
    yearlyPriceMinor: toMinor(data.yearly_price, currency),
    trialDays: data.trial_days,
    modules: data.modules ?? [],
    limits,
    isPublic: data.is_public ?? false,
    isDefault: data.is_default ?? false,
    sortOrder: data.sort_order,
  }
}

function keyFromName(name: string) {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'plan'
  )
}

async function assertKeyFree(key: string, exceptId: string | null) {
  const query = Plan.query().where('key', key)
  if (exceptId) query.whereNot('id', exceptId)
  if (await query.first()) {
    throw fieldError('key', 'Another plan already uses this key.')
  }
}

/** A plan that includes a module includes what it depends on. */
function assertDependenciesIncluded(modules: string[]) {
  for (const key of modules) {
    const manifest = moduleRegistry.get(key)?.manifest
    for (const dependency of manifest?.dependsOn ?? []) {
      if (!modules.includes(dependency)) {
        const name = moduleRegistry.get(dependency)?.manifest.name ?? dependency
        throw fieldError('modules', `${manifest!.name} needs ${name}: include it too.`)
      }
    }
  }
}

/** Only one plan is the default (the trial plan of new workspaces). */
async function takeDefault(plan: Plan) {
  const others = Plan.query().where('is_default', true).whereNull('archived_at')
  if (plan.$isPersisted) others.whereNot('id', plan.id)
  await others.update({ is_default: false })
}

/**
 * Creates a plan and, when the platform has Stripe keys, its Stripe
 * product and prices. Without Stripe the plan is stored as it is and
 * `syncPlanToStripe` mirrors it later.
 */
export async function createPlan(data: PlanFormData) {
  const key = data.key ?? keyFromName(data.name)
  await assertKeyFree(key, null)
  assertDependenciesIncluded(data.modules ?? [])
  const plan = new Plan()
  plan.merge({ key, ...planAttributes(data) })
  if (plan.isDefault) await takeDefault(plan)
  await plan.save()
  await syncWhenConfigured(plan)
  return plan
}

/**
 * Changes a plan. A changed price becomes a new Stripe price (Stripe
 * prices are immutable) and the old one is archived; subscribers keep
 * the price they pay until their subscription moves.
 */
export async function updatePlan(plan: Plan, data: PlanFormData) {
  if (plan.archivedAt) {
    throw new PlanRefused('This plan is archived: it cannot be changed.')
  }
  const key = data.key ?? plan.key
  await assertKeyFree(key, plan.id)
  assertDependenciesIncluded(data.modules ?? [])
  const attributes = planAttributes(data)
  if (plan.isDefault && !attributes.isDefault) {
    throw fieldError(
      'is_default',
      'One plan is always the default: make another plan the default instead.'
    )
  }
  plan.merge({ key, ...attributes })
  if (plan.isDefault) await takeDefault(plan)
  await plan.save()
  await syncWhenConfigured(plan)
  return plan
}

/**
 * Archives a plan: no longer offered, its Stripe product deactivated.
 * Workspaces on it keep it until they change plans.
 */
export async function archivePlan(plan: Plan) {
  if (plan.archivedAt) {
    return plan
  }
  if (plan.isDefault) {
    throw new PlanRefused(
      `${plan.name} is the default plan: make another plan the default before archiving it.`
    )
  }
  plan.merge({ archivedAt: DateTime.now(), isPublic: false })
  await plan.save()
  await syncWhenConfigured(plan)
  return plan
}

async function syncWhenConfigured(plan: Plan) {
  if (!stripeIsConfigured()) {
    return
  }
  try {
    await syncPlanToStripe(plan)
  } catch (error) {
    // The plan is saved; the console offers "Sync to Stripe" for plans out of sync.
    logger.error({ err: error, planId: plan.id }, 'plan sync to Stripe failed')
  }
}

/**
 * Whether the plan still lacks its Stripe product or prices (created
 * before Stripe was configured, or a sync that failed).
 */
export function planNeedsStripeSync(plan: Plan) {
  return (
    !plan.stripeProductId ||
    (!plan.archivedAt && (!plan.stripeMonthlyPriceId || !plan.stripeYearlyPriceId))
  )
}

/**
 * Mirrors a plan to Stripe: its product (created, or updated with the
 * plan's name, description and whether it is offered) and one recurring
 * price per interval; a price whose amount or currency no longer matches
 * is replaced by a new one and archived. Safe to run again: every call
 * carries an idempotency key derived from what it does.
 */
export async function syncPlanToStripe(plan: Plan) {
  const stripe = stripeClient()
  const productFields = {
    name: plan.name,
    description: plan.description || undefined,
    active: !plan.archivedAt,
    metadata: { plan_id: plan.id, plan_key: plan.key },
  }
  const version = plan.updatedAt.toMillis()
  if (plan.stripeProductId) {
    await stripe.products.update(plan.stripeProductId, productFields, {
      idempotencyKey: `plan:${plan.id}:product:update:${version}`,
    })
  } else {
    const product = await stripe.products.create(productFields, {
      idempotencyKey: `plan:${plan.id}:product:create`,
    })
    plan.stripeProductId = product.id
  }
  if (!plan.archivedAt) {
    plan.stripeMonthlyPriceId = await syncPrice(stripe, plan, 'month')
    plan.stripeYearlyPriceId = await syncPrice(stripe, plan, 'year')
  }
  if (plan.$isDirty) {
    await plan.save()
  }
  return plan
}

async function syncPrice(stripe: Stripe, plan: Plan, interval: Interval) {
  const currentId = interval === 'month' ? plan.stripeMonthlyPriceId : plan.stripeYearlyPriceId
  const amount = interval === 'month' ? plan.monthlyPriceMinor : plan.yearlyPriceMinor
  const currency = plan.currency.toLowerCase()
  if (currentId) {
    const current = await stripe.prices.retrieve(currentId)
    if (
      current.active &&
      current.unit_amount === amount &&
      current.currency === currency &&
      current.recurring?.interval === interval &&
      current.product === plan.stripeProductId
    ) {
      return currentId
    }
  }
  const price = await stripe.prices.create(
    {
      product: plan.stripeProductId!,
      currency,
      unit_amount: amount,
      recurring: { interval },
      metadata: { plan_id: plan.id, plan_key: plan.key, interval },
    },
    {
      idempotencyKey: `plan:${plan.id}:price:${interval}:${amount}${currency}:after:${currentId ?? 'none'}`,
    }
  )
  if (currentId) {
    await stripe.prices.update(
      currentId,
      { active: false },
      { idempotencyKey: `plan:${plan.id}:price:${currentId}:archive` }
    )
  }
  return price.id
}

/** Plans shown on the pricing page and offered to workspaces, in order. */
export function publicPlans() {
  return Plan.query()
    .where('is_public', true)
    .whereNull('archived_at')
    .orderBy('sort_order')
    .orderBy('monthly_price_minor')
}

/** The plan new workspaces try, or null before any plan exists. */
export function defaultPlan() {
  return Plan.query().where('is_default', true).whereNull('archived_at').first()
}
