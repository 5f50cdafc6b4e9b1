import { spawn } from 'node:child_process'
import { DEFAULT_OPTIONS, measureSideBySide } from '../support/measure.js'
import { printComparison, saveResults } from '../support/report.js'
import { APP_ROOT, waitFor, stopChild } from '../support/processes.js'
import { TENANTS, seedIsolationData } from '../isolation/seed.js'
import type { BenchContext } from '../support/context.js'

/**
 * The cost of tenant isolation: a list of 50 rows from a table of
 * 1,000 workspaces × 1,000 rows, (a) through the full tenant context with
 * row-level security vs (b) the same handler with an explicit
 * `where tenant_id = ?` and row-level security off.
 */
export default async function isolation(context: BenchContext) {
  await seedIsolationData(context.database.url)
  const port = 4311
  const server = spawn(
    process.execPath,
    ['--import=@poppinss/ts-exec', 'bench/isolation/server.ts'],
    {
      cwd: APP_ROOT,
      env: {
        ...process.env,
        ...context.appEnv,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        BENCH_BYPASS_DATABASE_URL: context.database.adminUrl,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    }
  )
  const url = `http://127.0.0.1:${port}`
  try {
    await waitFor(`${url}/health/live`, server)
    const randomTenant = (kind: string) => ({
      setupRequest: (request: { path: string }) => {
        request.path = `/bench/isolation/${kind}/bench-${1 + Math.floor(Math.random() * TENANTS)}`
        return request
      },
    })
    const results = await measureSideBySide([
      {
        name: '(a) tenant context + RLS',
        url: `${url}/bench/isolation/scoped/bench-1`,
        ...randomTenant('scoped'),
      },
      {
        name: '(b) explicit where, RLS off',
        url: `${url}/bench/isolation/explicit/bench-1`,
        ...randomTenant('explicit'),
      },
    ])
    printComparison(
      `isolation: 50 of 1,000 rows per workspace, ${TENANTS} workspaces, ${DEFAULT_OPTIONS.connections} connections, median of ${DEFAULT_OPTIONS.runs} runs`,
      results,
      '(b) explicit where, RLS off'
    )
    await saveResults(context.appRoot, 'isolation', { options: DEFAULT_OPTIONS, results })
  } finally {
    await stopChild(server)
  }
}
