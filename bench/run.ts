/*
| `npm run bench [-- name ...]`: runs the named benchmarks (all of them when
| none is named). Every benchmark compares targets measured side by side in
| the same run and prints ratios; results are saved under bench/results/.
*/
import { createContext } from './support/context.js'

const BENCHMARKS: Record<string, () => Promise<{ default: (context: any) => Promise<void> }>> = {
  landing: () => import('./benchmarks/landing.js'),
  isolation: () => import('./benchmarks/isolation.js'),
  fanout: () => import('./benchmarks/fanout.js'),
  storefront: () => import('./benchmarks/storefront.js'),
  chat: () => import('./benchmarks/chat.js'),
}

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'))
const unknown = requested.filter((name) => !(name in BENCHMARKS))
if (unknown.length > 0) {
  console.error(
    `Unknown benchmark: ${unknown.join(', ')}. Available: ${Object.keys(BENCHMARKS).join(', ')}`
  )
  process.exit(1)
}

const context = await createContext()
try {
  for (const name of requested.length > 0 ? requested : Object.keys(BENCHMARKS)) {
    const { default: benchmark } = await BENCHMARKS[name]()
    await benchmark(context)
  }
} finally {
  await context.database.stop()
}
