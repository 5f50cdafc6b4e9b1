export const FANOUT_OWNER = { email: 'fanout-owner@bench.test', password: 'Fanout-Bench-2026' }

/** What the client process reports for one target and one N. */
export interface FanoutSample {
  subscribers: number
  messages: number
  received: number
  p50: number
  p95: number
  max: number
}

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
