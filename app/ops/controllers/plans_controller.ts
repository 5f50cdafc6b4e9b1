import type { HttpContext } from '@adonisjs/core/http'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import { errors } from '@adonisjs/core'
import Plan from '#kernel/billing/models/plan'
import { moduleRegistry } from '#kernel/modules/module_registry'
import { withPlatform } from '#kernel/tenancy/with_tenant'
import { stripeIsConfigured } from '#kernel/stripe/stripe_client'
import { fromMinor } from '#kernel/money/money'
import { planValidator } from '#kernel/billing/plans/plan_validator'
import {
  archivePlan,
  createPlan,
  planNeedsStripeSync,
  syncPlanToStripe,
  updatePlan,
} from '#kernel/billing/plans/plan_service'

/** The plan form's values: prices in major units, stream time in hours. */
function formValues(plan: Plan) {
  const limit = (value: number | undefined) => (value === undefined ? null : value)
  const streamMinutes = plan.limits.stream_minutes
  return {
    key: plan.key,
    name: plan.name,
    description: plan.description,
    currency: plan.currency,
    monthly_price: fromMinor(plan.monthlyPriceMinor, plan.currency),
    yearly_price: fromMinor(plan.yearlyPriceMinor, plan.currency),
    trial_days: plan.trialDays,
    modules: plan.modules,
    limits: {
      products: limit(plan.limits.products),
      staff_seats: limit(plan.limits.staff_seats),
      ai_messages: limit(plan.limits.ai_messages),
      emails: limit(plan.limits.emails),
      stream_hours: streamMinutes === undefined ? null : streamMinutes / 60,
      storage_mb: limit(plan.limits.storage_mb),
    },
    is_public: plan.isPublic,
    is_default: plan.isDefault,
    sort_order: plan.sortOrder,
  }
}

function stripeState(plan: Plan) {
  if (!stripeIsConfigured()) {
    return 'stripe_not_configured'
  }
  return planNeedsStripeSync(plan) ? 'needs_sync' : 'synced'
}

function moduleOptions() {
  return moduleRegistry.all().map((loaded) => ({
    key: loaded.manifest.key,
    name: loaded.manifest.name,
    dependsOn: loaded.manifest.dependsOn ?? [],
  }))
}

/** Plans as operators manage them, through the plan service (which mirrors them to Stripe). */
export default class PlansController {
  async index({ inertia }: HttpContext) {
    const plans = await Plan.query().orderByRaw('archived_at is not null').orderBy('sort_order')
    const { rows: counts } = await withPlatform('ops: workspaces per plan', () =>
      db.rawQuery(`select plan_id, count(*) as total from subscriptions group by plan_id`)
    )
    return inertia.render('ops/plans/index', {
      plans: plans.map((plan) => ({
        id: plan.id,
        key: plan.key,
        name: plan.name,
        currency: plan.currency,
        monthlyPriceMinor: plan.monthlyPriceMinor,
        yearlyPriceMinor: plan.yearlyPriceMinor,
        trialDays: plan.trialDays,
        modules: plan.modules,
        isPublic: plan.isPublic,
        isDefault: plan.isDefault,
        sortOrder: plan.sortOrder,
        archived: plan.archivedAt !== null,
        stripe: stripeState(plan),
        stripeProductId: plan.stripeProductId,
        subscriptions: Number(
          counts.find((row: { plan_id: string }) => row.plan_id === plan.id)?.total ?? 0
        ),
      })),
      stripeConfigured: stripeIsConfigured(),
    })
  }

  async create({ inertia }: HttpContext) {
    return inertia.render('ops/plans/form', { plan: null, modules: moduleOptions() })
  }

  async store({ request, response, session }: HttpContext) {
    const data = await request.validateUsing(planValidator)
    const plan = await createPlan(data)
    session.flash('success', `${plan.name} is created.`)
    return response.redirect().toRoute('ops.plans.index')
  }

  async edit(ctx: HttpContext) {
    const plan = await this.#find(ctx)
    return ctx.inertia.render('ops/plans/form', {
      plan: {
        id: plan.id,
        archived: plan.archivedAt !== null,
        stripe: stripeState(plan),
        values: formValues(plan),
      },
      modules: moduleOptions(),
    })
  }

  async update(ctx: HttpContext) {
    const plan = await this.#find(ctx)
    const data = await ctx.request.validateUsing(planValidator)
    await updatePlan(plan, data)
    ctx.session.flash('success', `${plan.name} is saved.`)
    return ctx.response.redirect().toRoute('ops.plans.index')
  }

  async archive(ctx: HttpContext) {
    const plan = await this.#find(ctx)
    await archivePlan(plan)
    ctx.session.flash('success', `${plan.name} is archived: no longer offered.`)
    return ctx.response.redirect().toRoute('ops.plans.index')
  }

  async sync(ctx: HttpContext) {
    const plan = await this.#find(ctx)
    if (!stripeIsConfigured()) {
      ctx.session.flash('error', 'Stripe is not configured: set STRIPE_SECRET_KEY first.')
      return ctx.response.redirect().back()
    }
    try {
      await syncPlanToStripe(plan)
      ctx.session.flash('success', `${plan.name} is in sync with Stripe.`)
    } catch (error) {
      logger.error({ err: error, planId: plan.id }, 'plan sync to Stripe failed')
      ctx.session.flash('error', `Stripe refused the sync: ${(error as Error).message}`)
    }
    return ctx.response.redirect().back()
  }

  async #find(ctx: HttpContext) {
    const plan = await Plan.find(String(ctx.params.id))
    if (!plan) {
      throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
    }
    return plan
  }
}
