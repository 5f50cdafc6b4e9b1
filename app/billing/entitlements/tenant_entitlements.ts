import { randomUUID } from 'node:crypto'
import cache from '@adonisjs/cache/services/main'
import Plan from '#kernel/billing/models/plan'
import Subscription from '#kernel/billing/models/subscription'
import type { PlanLimits } from '#kernel/billing/models/plan'
import { tenantCache } from '#kernel/cache/tenant_cache'
import { afterCommit } from '#kernel/tenancy/tenant_context'
import { withTenant } from '#kernel/tenancy/with_tenant'

/**
 * What a workspace's plan gives it: the plan of its subscription, or the
 * default plan while it has none. `plan` is null while no plan exists at
 * all (billing not set up on this platform): then nothing is restricted.
 */
export interface Entitlements {
  plan: {
    id: string
    key: string
    name: string
    modules: string[]
    limits: PlanLimits
  } | null
  subscription: {
    interval: 'month' | 'year'
    currentPeriodStart: string
    currentPeriodEnd: string
  } | null
}

const KEY = 'entitlements'
const GENERATION = 'plans_generation'

function billingCache() {
  return cache.namespace('billing')
}

/** Changes whenever any plan changes: cached entitlements of another generation are stale. */
function plansGeneration() {
  return billingCache().getOrSet({ key: GENERATION, ttl: '1d', factory: () => randomUUID() })
}

function snapshot(plan: Plan | null, subscription: Subscription | null): Entitlements {
  return {
    plan: plan && {
      id: plan.id,
      key: plan.key,
      name: plan.name,
      modules: [...plan.modules],
      limits: { ...plan.limits },
    },
    subscription: subscription && {
      interval: subscription.interval,
      currentPeriodStart: subscription.currentPeriodStart.toISO()!,
      currentPeriodEnd: subscription.currentPeriodEnd.toISO()!,
    },
  }
}

async function loadEntitlements(tenantId: string) {
  return withTenant(tenantId, async () => {
    const subscription = await Subscription.query().preload('plan').first()
    const plan =
      subscription?.plan ??
      (await Plan.query().where('is_default', true).whereNull('archived_at').first())
    return snapshot(plan ?? null, subscription)
  })
}

/**
 * The workspace's entitlements, cached per workspace: the module gate and
 * the usage meter ask on every gated request and every limited action.
 */
export async function tenantEntitlements(tenantId: string): Promise<Entitlements> {
  const generation = await plansGeneration()
  const cached = await tenantCache(tenantId).getOrSet({
    key: KEY,
    ttl: '5m',
    factory: async () => ({ generation, entitlements: await loadEntitlements(tenantId) }),
  })
  if (cached.generation === generation) {
    return cached.entitlements
  }
  const entitlements = await loadEntitlements(tenantId)
  await tenantCache(tenantId).set({ key: KEY, value: { generation, entitlements }, ttl: '5m' })
  return entitlements
}

/** Drops one workspace's cached entitlements, now and once the transaction commits. */
export async function forgetTenantEntitlements(tenantId: string) {
  await tenantCache(tenantId).delete({ key: KEY })
  await afterCommit(() =>
    tenantCache(tenantId)
      .delete({ key: KEY })
      .then(() => undefined)
  )
}

/** Makes every workspace's cached entitlements stale (a plan changed). */
export async function forgetPlanEntitlements() {
  const renew = () =>
    billingCache()
      .set({ key: GENERATION, value: randomUUID(), ttl: '1d' })
      .then(() => undefined)
  await renew()
  await afterCommit(renew)
}

/**
 * Keeps the cache honest: saving or deleting a plan or a subscription
 * through its model forgets what depended on it. (Bulk updates through
 * the query builder bypass model hooks: call the forget functions then.)
 */
export function watchEntitlementChanges() {
  Plan.after('save', () => forgetPlanEntitlements())
  Plan.after('delete', () => forgetPlanEntitlements())
  Subscription.after('save', (row) => forgetTenantEntitlements(row.tenantId))
  Subscription.after('delete', (row) => forgetTenantEntitlements(row.tenantId))
}
