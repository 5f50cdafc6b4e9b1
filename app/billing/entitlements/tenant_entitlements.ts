import { randomUUID } from 'node:crypto'
import logger from '@adonisjs/core/services/logger'
import { databaseConnection } from '#config/database'
import { PostgresTransport } from '#kernel/realtime/postgres_transport'
import Plan from '#kernel/billing/models/plan'
import Subscription from '#kernel/billing/models/subscription'
import type { PlanLimits } from '#kernel/billing/models/plan'
import { tenantCache } from '#kernel/cache/tenant_cache'
import { afterCommit, currentScope, type DatabaseScope } from '#kernel/tenancy/tenant_context'
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

const CHANNEL = 'billing_entitlements'

/**
 * What this process has heard about changes: a version per workspace
 * (its subscription changed) and one for all plans. Cached entitlements
 * are keyed by them, so a change makes the cached entry unreachable. A
 * database trigger (migration 0015) notifies every process once a change
 * to `subscriptions` or `plans` commits, whoever wrote it; saves through
 * the models also bump this process's versions once they commit.
 */
const versions = new Map<string, number>()
let plansVersion = 0
let epoch = 0
let transport: PostgresTransport | undefined
let listening = false

function listen() {
  if (transport) return
  transport = new PostgresTransport(databaseConnection).setId('billing-entitlements')
  transport.onReconnect(() => {
    epoch++
  })
  transport
    .subscribe<string>(CHANNEL, (subject) => {
      if (subject === '*') plansVersion++
      else bump(subject)
    })
    .then(() => {
      listening = true
    })
    .catch((error) => logger.error({ err: error }, 'billing entitlements: cannot listen'))
}

function bump(tenantId: string) {
  versions.set(tenantId, (versions.get(tenantId) ?? 0) + 1)
}

/** Keys differ between processes: each one's versions count what it has heard. */
const PROCESS = randomUUID()

/** The cache key of a workspace's entitlements, or null while changes cannot be heard. */
function cacheKey(tenantId: string) {
  listen()
  if (!listening) return null
  return `entitlements:${PROCESS}:${epoch}.${plansVersion}.${versions.get(tenantId) ?? 0}`
}

/** Transactions that changed a subscription or a plan: until they commit, they read the tables. */
const changedIn = new WeakSet<DatabaseScope>()

function noteChange() {
  const scope = currentScope()
  if (scope) changedIn.add(scope)
}

/** Whether this process hears entitlement changes yet (until then nothing is cached). */
export function listeningForEntitlementChanges() {
  listen()
  return listening
}

export async function stopEntitlementListener() {
  const running = transport
  transport = undefined
  listening = false
  await running?.disconnect()
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
  const scope = currentScope()
  const key = scope && changedIn.has(scope) ? null : cacheKey(tenantId)
  if (!key) {
    return loadEntitlements(tenantId)
  }
  return tenantCache(tenantId).getOrSet({
    key,
    ttl: '10m',
    factory: () => loadEntitlements(tenantId),
  })
}

/**
 * A workspace's subscription changed: until the change commits, this
 * transaction reads the table; then the cached entry goes.
 */
export async function forgetTenantEntitlements(tenantId: string) {
  noteChange()
  await afterCommit(async () => bump(tenantId))
}

/** A plan changed: the same, for every workspace's entitlements. */
export async function forgetPlanEntitlements() {
  noteChange()
  await afterCommit(async () => {
    plansVersion++
  })
}

/**
 * Saving or deleting a plan or a subscription through its model forgets
 * what depended on it in this process at once (other processes hear it
 * from the database trigger).
 */
export function watchEntitlementChanges() {
  Plan.after('save', () => forgetPlanEntitlements())
  Plan.after('delete', () => forgetPlanEntitlements())
  Subscription.after('save', (row) => forgetTenantEntitlements(row.tenantId))
  Subscription.after('delete', (row) => forgetTenantEntitlements(row.tenantId))
}
