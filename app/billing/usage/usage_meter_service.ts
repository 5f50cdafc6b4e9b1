import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import {
  UsageMeter,
  usageCounters,
  type UsageMetric,
  type UsageState,
} from '#kernel/contracts/usage_meter'
import Tenant from '#kernel/tenancy/models/tenant'
import { requireTenantId } from '#kernel/tenancy/tenant_context'
import {
  tenantEntitlements,
  type Entitlements,
} from '#kernel/billing/entitlements/tenant_entitlements'
import { UsageLimitReached } from '#kernel/billing/usage/usage_limit_reached'
import { billingPagePath } from '#kernel/billing/usage/billing_page_path'

/** Metrics that are counted where they live, not recorded. */
const COUNTED = new Set<UsageMetric>(['products', 'staff_seats'])

/**
 * Storage is what is stored now, not per period: it is kept in one row
 * whose period starts at the epoch, in bytes (most uploads are smaller
 * than a megabyte), and reported in MB.
 */
const ALL_TIME = DateTime.fromMillis(0, { zone: 'utc' })
const BYTES_PER_MB = 1024 * 1024

/**
 * The billing period usage is counted in: the subscription's current
 * period while it runs, otherwise the calendar month (UTC). Time comes
 * from luxon (`Settings.now`), so tests can move it.
 */
export function usagePeriodStart(entitlements: Entitlements, now = DateTime.utc()) {
  const subscription = entitlements.subscription
  if (subscription) {
    const start = DateTime.fromISO(subscription.currentPeriodStart, { zone: 'utc' })
    const end = DateTime.fromISO(subscription.currentPeriodEnd, { zone: 'utc' })
    if (now >= start && now < end) {
      return start
    }
  }
  return now.startOf('month')
}

function formatCount(value: number) {
  return value.toLocaleString('en')
}

function formatMb(mb: number) {
  return mb >= 1024 && mb % 1024 === 0 ? `${formatCount(mb / 1024)} GB` : `${formatCount(mb)} MB`
}

function limitMessage(planName: string, metric: UsageMetric, limit: number) {
  const plan = `Your ${planName} plan includes`
  switch (metric) {
    case 'products':
      return `${plan} ${formatCount(limit)} products. Upgrade to add more.`
    case 'staff_seats':
      return `${plan} ${formatCount(limit)} staff seats. Upgrade to invite more people.`
    case 'ai_messages':
      return `${plan} ${formatCount(limit)} AI messages a month. Upgrade to send more.`
    case 'emails':
      return `${plan} ${formatCount(limit)} emails a month. Upgrade to send more.`
    case 'stream_minutes': {
      const hours = limit / 60
      return `${plan} ${formatCount(hours)} ${hours === 1 ? 'hour' : 'hours'} of live streaming a month. Upgrade to stream more.`
    }
    case 'storage_mb':
      return `${plan} ${formatMb(limit)} of storage. Upgrade to store more.`
  }
}

/**
 * Usage against the current workspace's plan (tenant scope). Recorded
 * metrics are kept in `usage_counters`, one row per metric and period;
 * counted ones ask the counter their owner registered.
 */
export class UsageMeterService extends UsageMeter {
  async record(metric: UsageMetric, quantity: number) {
    if (COUNTED.has(metric)) {
      throw new Error(`${metric} is counted where it is stored, not recorded`)
    }
    if (quantity === 0) return
    const tenantId = requireTenantId()
    const amount = metric === 'storage_mb' ? Math.round(quantity * BYTES_PER_MB) : quantity
    if (!Number.isInteger(amount)) {
      throw new Error(`Usage of ${metric} is recorded in whole units, got ${quantity}`)
    }
    const periodStart =
      metric === 'storage_mb' ? ALL_TIME : usagePeriodStart(await tenantEntitlements(tenantId))
    await db.rawQuery(
      `insert into usage_counters (tenant_id, metric, period_start, quantity)
       values (?, ?, ?, greatest(?::bigint, 0))
       on conflict (tenant_id, metric, period_start)
       do update set quantity = greatest(usage_counters.quantity + ?::bigint, 0), updated_at = now()`,
      [tenantId, metric, periodStart.toJSDate(), amount, amount]
    )
  }

  async usage(metric: UsageMetric): Promise<UsageState> {
    const entitlements = await tenantEntitlements(requireTenantId())
    return {
      metric,
      used: await this.#used(metric, entitlements),
      limit: entitlements.plan?.limits[metric] ?? null,
    }
  }

  async allows(metric: UsageMetric, quantity = 1) {
    const { used, limit } = await this.usage(metric)
    return limit === null || used + quantity <= limit
  }

  async ensureAllowed(metric: UsageMetric, quantity = 1) {
    const entitlements = await tenantEntitlements(requireTenantId())
    const limit = entitlements.plan?.limits[metric]
    if (limit === undefined || limit === null) {
      return
    }
    if (COUNTED.has(metric)) {
      // Two requests creating the last allowed product at once: the second
      // waits for the first to commit, then counts it.
      await db.rawQuery('select pg_advisory_xact_lock(hashtext(?))', [
        `usage:${requireTenantId()}:${metric}`,
      ])
    }
    const used = await this.#used(metric, entitlements)
    if (used + quantity <= limit) {
      return
    }
    const tenant = await Tenant.findOrFail(requireTenantId())
    throw new UsageLimitReached(
      limitMessage(entitlements.plan!.name, metric, limit),
      metric,
      limit,
      billingPagePath(tenant.slug)
    )
  }

  async #used(metric: UsageMetric, entitlements: Entitlements) {
    if (COUNTED.has(metric)) {
      const count = usageCounters.get(metric)
      return count ? count() : 0
    }
    const periodStart = metric === 'storage_mb' ? ALL_TIME : usagePeriodStart(entitlements)
    const row = await db
      .from('usage_counters')
      .where('tenant_id', requireTenantId())
      .where('metric', metric)
      .where('period_start', periodStart.toJSDate())
      .select('quantity')
      .first()
    const quantity = Number(row?.quantity ?? 0)
    return metric === 'storage_mb' ? quantity / BYTES_PER_MB : quantity
  }
}
