import { measureSideBySide, DEFAULT_OPTIONS } from '../support/measure.js'
import { startBareServer, startBuiltApp } from '../support/processes.js'
import { printComparison, saveResults } from '../support/report.js'
import type { BenchContext } from '../support/context.js'

/**
 * The built app's landing page (SSR) against a bare node:http server that
 * returns the very same bytes.
 */
export default async function landing(context: BenchContext) {
  const app = await startBuiltApp({ port: 4301, env: context.appEnv })
  try {
    const page = await fetch(`${app.url}/`)
    const body = Buffer.from(await page.arrayBuffer())
    const bare = await startBareServer({
      port: 4302,
      body,
      headers: { 'content-type': page.headers.get('content-type') ?? 'text/html' },
    })
    try {
      const results = await measureSideBySide([
        { name: 'landing page (built app)', url: `${app.url}/` },
        { name: 'bare node:http, same bytes', url: `${bare.url}/` },
      ])
      printComparison(
        `landing: GET / at ${DEFAULT_OPTIONS.connections} connections, median of ${DEFAULT_OPTIONS.runs} runs`,
        results,
        'bare node:http, same bytes'
      )
      await saveResults(context.appRoot, 'landing', {
        options: DEFAULT_OPTIONS,
        pageBytes: body.length,
        results,
      })
    } finally {
      await bare.stop()
    }
  } finally {
    await app.stop()
  }
}
