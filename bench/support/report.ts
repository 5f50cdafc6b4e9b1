import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MeasureOptions, TargetResult } from './measure.js'

function pad(value: string, width: number) {
  return value.padEnd(width)
}

/**
 * One line per target: requests/s, latency percentiles and the ratio to the
 * baseline target measured in the same run.
 */
export function printComparison(title: string, results: TargetResult[], baselineName: string) {
  const baseline = results.find((result) => result.name === baselineName)!
  console.log(`\n${title}`)
  for (const result of results) {
    const ratio = result.requestsPerSecond / baseline.requestsPerSecond
    const p95Ratio = result.p95 / Math.max(baseline.p95, 0.001)
    console.log(
      `  ${pad(result.name, 34)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s` +
        `  p95 ${result.p95.toFixed(1).padStart(6)} ms  p99 ${result.p99.toFixed(1).padStart(6)} ms` +
        `  ratio ${ratio.toFixed(2)} (req/s vs ${baselineName}), p95 × ${p95Ratio.toFixed(2)}` +
        (result.errors || result.non2xx
          ? `  [${result.errors} errors, ${result.non2xx} non-2xx]`
          : '')
    )
  }
}

export async function saveResults(
  appRoot: string,
  benchmark: string,
  payload: {
    options: MeasureOptions | Record<string, unknown>
    results: unknown
    [key: string]: unknown
  }
) {
  const folder = join(appRoot, 'bench', 'results')
  await mkdir(folder, { recursive: true })
  const file = join(folder, `${benchmark}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  await writeFile(
    file,
    JSON.stringify({ benchmark, measuredAt: new Date().toISOString(), ...payload }, null, 2)
  )
  console.log(`  saved ${file.slice(appRoot.length)}`)
  return file
}
