/**
 * Metered usage against the workspace's plan. Bound by billing; modules
 * check before they create something limited and record what they used.
 * Works in the current tenant scope.
 *
 * - `products`, `staff_seats`: how many exist now (counted, not recorded);
 * - `ai_messages`, `emails`, `stream_minutes`: used in the current billing
 *   period (recorded);
 * - `storage_mb`: stored now (recorded as bytes added or removed, in MB).
 */
export type UsageMetric =
  'products' | 'staff_seats' | 'ai_messages' | 'emails' | 'stream_minutes' | 'storage_mb'

export interface UsageState {
  metric: UsageMetric
  used: number
  /** null when the plan has no limit for the metric. */
  limit: number | null
}

export abstract class UsageMeter {
  /** Counts `quantity` more of a recorded metric in the current period. */
  abstract record(metric: UsageMetric, quantity: number): Promise<void>
  abstract usage(metric: UsageMetric): Promise<UsageState>
  /** Whether `quantity` more fits in the plan's limit. */
  abstract allows(metric: UsageMetric, quantity?: number): Promise<boolean>
  /**
   * Throws a 4xx error (a clear message and an upgrade link) when
   * `quantity` more does not fit.
   */
  abstract ensureAllowed(metric: UsageMetric, quantity?: number): Promise<void>
}

/**
 * Counted metrics (`products`, `staff_seats`) are counted by whoever owns
 * the records: a module registers a counter for its metric in its
 * provider; it runs in the current tenant scope.
 */
export type UsageCount = () => Promise<number>

const counters = new Map<UsageMetric, UsageCount>()

export const usageCounters = {
  register(metric: UsageMetric, count: UsageCount) {
    counters.set(metric, count)
  },
  get(metric: UsageMetric) {
    return counters.get(metric)
  },
}
