import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@adonisjs/core'
import Plan from '#kernel/billing/models/plan'
import Tenant from '#kernel/tenancy/models/tenant'
import { withPlatform } from '#kernel/tenancy/with_tenant'
import { listTenants, TENANT_STATES } from '#kernel/ops/queries/list_tenants'
import {
  ALL_USAGE_METRICS,
  LIST_USAGE_METRICS,
  tenantOverview,
  tenantUsage,
} from '#kernel/ops/queries/tenant_overview'
import { suspendTenant, unsuspendTenant } from '#kernel/ops/actions/tenant_suspension'
import { reasonValidator, tenantFiltersValidator } from '#kernel/ops/validators'

const PER_PAGE = 25

function notFound(ctx: HttpContext): never {
  throw new errors.E_ROUTE_NOT_FOUND([ctx.request.method(), ctx.request.url()])
}

export default class TenantsController {
  async index({ request, inertia }: HttpContext) {
    const filters = await request.validateUsing(tenantFiltersValidator, { data: request.qs() })
    const page = filters.page ?? 1
    const { rows, total } = await withPlatform('ops: workspace list', () =>
      listTenants({
        search: filters.search || undefined,
        state: filters.state,
        planId: filters.plan,
        page,
        perPage: PER_PAGE,
      })
    )
    const tenants = []
    for (const row of rows) {
      tenants.push({ ...row, usage: await tenantUsage(row.id, LIST_USAGE_METRICS) })
    }
    const plans = await Plan.query().orderBy('sort_order').orderBy('name')
    return inertia.render('ops/tenants/index', {
      tenants,
      pagination: {
        page,
        perPage: PER_PAGE,
        total,
        lastPage: Math.max(1, Math.ceil(total / PER_PAGE)),
      },
      filters: {
        search: filters.search ?? '',
        state: filters.state ?? '',
        plan: filters.plan ?? '',
      },
      states: [...TENANT_STATES],
      plans: plans.map((plan) => ({
        id: plan.id,
        name: plan.name,
        archived: plan.archivedAt !== null,
      })),
    })
  }

  async show(ctx: HttpContext) {
    const overview = await tenantOverview(String(ctx.params.id))
    if (!overview) {
      notFound(ctx)
    }
    const tenant = await Tenant.findOrFail(overview.row.id)
    return ctx.inertia.render('ops/tenants/show', {
      tenant: {
        ...overview.row,
        country: tenant.country,
        currency: tenant.currency,
        customDomain: tenant.customDomain,
        suspendedReason: tenant.suspendedReason,
        suspendedAt: tenant.suspendedAt?.toISO() ?? null,
      },
      members: overview.members,
      modules: overview.modules,
      subscription: overview.subscription,
      usage: await tenantUsage(tenant.id, ALL_USAGE_METRICS),
      events: overview.events,
      impersonations: overview.impersonations,
    })
  }

  async suspend(ctx: HttpContext) {
    const tenant = await this.#find(ctx)
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    await suspendTenant(tenant, { operator: ctx.operator!, reason, ...this.#origin(ctx) })
    ctx.session.flash('success', `${tenant.name} is suspended.`)
    return ctx.response.redirect().toRoute('ops.tenants.show', { id: tenant.id })
  }

  async unsuspend(ctx: HttpContext) {
    const tenant = await this.#find(ctx)
    const { reason } = await ctx.request.validateUsing(reasonValidator)
    await unsuspendTenant(tenant, { operator: ctx.operator!, reason, ...this.#origin(ctx) })
    ctx.session.flash('success', `${tenant.name} works again.`)
    return ctx.response.redirect().toRoute('ops.tenants.show', { id: tenant.id })
  }

  async #find(ctx: HttpContext) {
    const tenant = await Tenant.find(String(ctx.params.id))
    return tenant ?? notFound(ctx)
  }

  #origin(ctx: HttpContext) {
    return { ip: ctx.request.ip(), userAgent: ctx.request.header('user-agent') ?? null }
  }
}
