import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { DEFAULT_OPTIONS, measureSideBySide, type TargetResult } from '../support/measure.js'
import { printComparison, saveResults } from '../support/report.js'
import {
  startBareServer,
  startBuiltApp,
  stopChild,
  type RunningProcess,
} from '../support/processes.js'
import { seedStorefrontBench, BIG_TENANT_PRODUCTS, TENANTS } from '../storefront/seed.js'
import type { BenchContext } from '../support/context.js'

const API_PATH = '/api/v1/products?limit=24'

async function startBareApi(options: {
  port: number
  databaseUrl: string
  tenantId: string
  poolMax: string
}): Promise<RunningProcess> {
  const child = fork(
    fileURLToPath(new URL('../storefront/bare_api_server.ts', import.meta.url)),
    [],
    {
      env: {
        ...process.env,
        BARE_PORT: String(options.port),
        BARE_DATABASE_URL: options.databaseUrl,
        BARE_TENANT_ID: options.tenantId,
        BARE_POOL_MAX: options.poolMax,
      },
      execArgv: ['--import=@poppinss/ts-exec'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }
  )
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`bare API server exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${options.port}`, stop: () => stopChild(child) }
}

async function bytesOf(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers })
  if (response.status !== 200) {
    const text = await response.text()
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 500)}`)
  }
  return {
    body: Buffer.from(await response.arrayBuffer()),
    type: response.headers.get('content-type'),
  }
}

function firstDifference(a: Buffer, b: Buffer) {
  const length = Math.min(a.length, b.length)
  let index = 0
  while (index < length && a[index] === b[index]) index++
  return (
    `lengths ${a.length} and ${b.length}, first difference at byte ${index}: ` +
    `${JSON.stringify(a.subarray(index, index + 80).toString())} vs ${JSON.stringify(b.subarray(index, index + 80).toString())}`
  )
}

function verdict(label: string, met: boolean, detail: string) {
  console.log(`  goal ${label}: ${met ? 'met' : 'NOT met'} (${detail})`)
  return met
}

/**
 * The storefront with 1,000 shops, one holding 10,000 products, at 32
 * connections, all four targets measured in alternation in one run:
 * (a) GET /api/v1/products?limit=24 with an API token on the built app vs
 * a bare node:http + pg server running the same SQL and answering
 * byte-identical JSON; (b) the server-rendered category page vs a bare
 * node:http server answering the same HTML bytes.
 */
export default async function storefront(context: BenchContext) {
  const data = await seedStorefrontBench(context.database.adminUrl)
  const poolMax = context.appEnv.DB_POOL_MAX ?? '16'
  const app = await startBuiltApp({
    port: 4331,
    // The per-token limit would refuse a load test: raise it, keep its cost.
    env: { ...context.appEnv, API_RATE_LIMIT_PER_MINUTE: '1000000000' },
  })
  const running: RunningProcess[] = [app]
  try {
    const auth = { authorization: `Bearer ${data.token}` }
    const bareApi = await startBareApi({
      port: 4332,
      databaseUrl: context.database.adminUrl,
      tenantId: data.tenantId,
      poolMax,
    })
    running.push(bareApi)
    const appJson = await bytesOf(`${app.url}${API_PATH}`, auth)
    const bareJson = await bytesOf(`${bareApi.url}${API_PATH}`)
    if (!appJson.body.equals(bareJson.body)) {
      throw new Error(
        `The API and the bare server differ: ${firstDifference(appJson.body, bareJson.body)}`
      )
    }
    console.log(`  (a) ${appJson.body.length} bytes of JSON, identical from both servers`)
    let cached = false
    for (let attempt = 0; attempt < 20 && !cached; attempt++) {
      const again = await fetch(`${app.url}${API_PATH}`, { headers: auth })
      await again.arrayBuffer()
      cached = again.headers.get('x-api-cache') === 'hit'
      if (!cached) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    console.log(
      cached
        ? '  (a) the app answers from its catalog cache (the bare server runs the SQL every time)'
        : '  (a) the app runs the SQL on every request (its catalog cache is off)'
    )

    const categoryPath = `/s/${data.slug}/categories/${data.categorySlug}`
    const page = await bytesOf(`${app.url}${categoryPath}`)
    const barePage = await startBareServer({
      port: 4333,
      body: page.body,
      headers: { 'content-type': page.type ?? 'text/html; charset=utf-8' },
    })
    running.push(barePage)
    const bareHtml = await bytesOf(`${barePage.url}${categoryPath}`)
    if (!bareHtml.body.equals(page.body)) {
      throw new Error('The bare server does not answer the captured page bytes')
    }
    console.log(`  (b) ${page.body.length} bytes of HTML, served as captured by the bare server`)

    const names = {
      api: '(a) API products (built app)',
      bareApi: '(a) bare node:http + pg',
      page: '(b) category page SSR (built app)',
      barePage: '(b) bare node:http, same HTML',
    }
    const results = await measureSideBySide([
      { name: names.api, url: `${app.url}${API_PATH}`, headers: auth },
      { name: names.bareApi, url: `${bareApi.url}${API_PATH}` },
      { name: names.page, url: `${app.url}${categoryPath}` },
      { name: names.barePage, url: `${barePage.url}${categoryPath}` },
    ])
    const find = (name: string) => results.find((result) => result.name === name) as TargetResult
    const setting = `${TENANTS} shops, one with ${BIG_TENANT_PRODUCTS.toLocaleString('en')} products, ${DEFAULT_OPTIONS.connections} connections, median of ${DEFAULT_OPTIONS.runs} runs`
    printComparison(
      `storefront (a): GET ${API_PATH}, ${setting}`,
      [find(names.api), find(names.bareApi)],
      names.bareApi
    )
    printComparison(
      `storefront (b): GET /s/<shop>/categories/<slug>, ${setting}`,
      [find(names.page), find(names.barePage)],
      names.barePage
    )
    const api = find(names.api)
    const bare = find(names.bareApi)
    const ssr = find(names.page)
    const bareSsr = find(names.barePage)
    const apiRatio = api.requestsPerSecond / bare.requestsPerSecond
    const apiP95 = api.p95 / Math.max(bare.p95, 0.001)
    const ssrRatio = ssr.requestsPerSecond / bareSsr.requestsPerSecond
    const goals = {
      a: verdict(
        '(a) ≥ 0.50 of bare req/s, p95 ≤ 2× bare',
        apiRatio >= 0.5 && apiP95 <= 2,
        `ratio ${apiRatio.toFixed(2)}, p95 × ${apiP95.toFixed(2)}`
      ),
      b: verdict(
        '(b) ≥ 0.25 of bare req/s, p99 < 100 ms',
        ssrRatio >= 0.25 && ssr.p99 < 100,
        `ratio ${ssrRatio.toFixed(2)}, p99 ${ssr.p99.toFixed(1)} ms`
      ),
    }
    await saveResults(context.appRoot, 'storefront', {
      options: DEFAULT_OPTIONS,
      seed: { tenants: TENANTS, bigTenantProducts: BIG_TENANT_PRODUCTS },
      bytes: { apiJson: appJson.body.length, categoryHtml: page.body.length },
      ratios: { apiRequests: apiRatio, apiP95, pageRequests: ssrRatio },
      goals,
      results,
    })
  } finally {
    for (const process of running.reverse()) {
      await process.stop()
    }
  }
}
