import autocannon from 'autocannon'

export interface Target {
  name: string
  url: string
  /** Extra request headers (cookies, accept). */
  headers?: Record<string, string>
  /** Rewrites each request before it is sent (e.g. a random path). */
  setupRequest?: (request: any) => any
}

export interface Sample {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  errors: number
  non2xx: number
}

export interface TargetResult extends Sample {
  name: string
  url: string
  runs: Sample[]
}

export interface MeasureOptions {
  connections: number
  durationSeconds: number
  warmupSeconds: number
  runs: number
}

export const DEFAULT_OPTIONS: MeasureOptions = {
  connections: 32,
  durationSeconds: 5,
  warmupSeconds: 3,
  runs: 3,
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function sample(target: Target, options: MeasureOptions, seconds: number): Promise<Sample> {
  const result = await autocannon({
    url: target.url,
    headers: target.headers,
    requests: target.setupRequest ? [{ setupRequest: target.setupRequest }] : undefined,
    connections: options.connections,
    duration: seconds,
  })
  const latency = result.latency as unknown as Record<string, number>
  return {
    requestsPerSecond: result.requests.average,
    p50: latency.p50,
    p95: latency.p97_5 !== undefined && latency.p95 === undefined ? latency.p97_5 : latency.p95,
    p99: latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/**
 * Warms every target up, then measures them in alternation (A, B, A, B…)
 * so that drift on the machine hits all targets alike; reports medians.
 */
export async function measureSideBySide(targets: Target[], options = DEFAULT_OPTIONS) {
  for (const target of targets) {
    await sample(target, options, options.warmupSeconds)
  }
  const runs = new Map<string, Sample[]>(targets.map((target) => [target.name, []]))
  for (let run = 0; run < options.runs; run++) {
    for (const target of targets) {
      runs.get(target.name)!.push(await sample(target, options, options.durationSeconds))
    }
  }
  return targets.map((target): TargetResult => {
    const samples = runs.get(target.name)!
    return {
      name: target.name,
      url: target.url,
      runs: samples,
      requestsPerSecond: median(samples.map((s) => s.requestsPerSecond)),
      p50: median(samples.map((s) => s.p50)),
      p95: median(samples.map((s) => s.p95)),
      p99: median(samples.map((s) => s.p99)),
      errors: samples.reduce((sum, s) => sum + s.errors, 0),
      non2xx: samples.reduce((sum, s) => sum + s.non2xx, 0),
    }
  })
}
