import { fork, spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { saveResults } from '../support/report.js'
import { APP_ROOT, stopChild, waitFor } from '../support/processes.js'
import type { BenchContext } from '../support/context.js'
import type { FanoutSample } from '../fanout/shared.js'

const SUBSCRIBER_COUNTS = [100, 1000, 5000]
const MESSAGES = 40
const INTERVAL_MS = 250

const script = (name: string) => fileURLToPath(new URL(`../fanout/${name}`, import.meta.url))

function runClient(target: 'transmit' | 'raw', url: string, subscribers: number) {
  return new Promise<FanoutSample>((resolve, reject) => {
    const child = fork(script('client.ts'), [], {
      env: {
        ...process.env,
        FANOUT_TARGET: target,
        FANOUT_URL: url,
        FANOUT_SUBSCRIBERS: String(subscribers),
        FANOUT_MESSAGES: String(MESSAGES),
        FANOUT_INTERVAL_MS: String(INTERVAL_MS),
      },
      execArgv: ['--import=@poppinss/ts-exec'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.once('message', (sample) => resolve(sample as FanoutSample))
    child.once('exit', (code) => code !== 0 && reject(new Error(`client exited with ${code}`)))
  })
}

async function startRaw(port: number) {
  const child = fork(script('raw_server.ts'), [], {
    env: { ...process.env, RAW_PORT: String(port) },
    execArgv: ['--import=@poppinss/ts-exec'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  await new Promise((resolve) => child.once('message', resolve))
  return child
}

function startTransmit(context: BenchContext, port: number) {
  return spawn(process.execPath, ['--import=@poppinss/ts-exec', script('server.ts')], {
    cwd: APP_ROOT,
    env: {
      ...process.env,
      ...context.appEnv,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      APP_URL: `http://127.0.0.1:${port}`,
      SESSION_DRIVER: 'cookie',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
}

const ms = (value: number) => `${value.toFixed(1)} ms`

/**
 * Live-event fan-out: N subscribers (a separate client process) on one
 * tenant channel, one broadcast every 250 ms, publish-to-receipt latency
 * through Transmit (authorized subscriptions, the PostgreSQL transport
 * on) vs a minimal node:http broadcaster, side by side for each N.
 */
export default async function fanout(context: BenchContext) {
  const results: { subscribers: number; transmit: FanoutSample; raw: FanoutSample }[] = []
  const appPort = 4321
  const rawPort = 4322
  let app: ChildProcess | undefined
  let raw: ChildProcess | undefined
  try {
    app = startTransmit(context, appPort)
    await waitFor(`http://127.0.0.1:${appPort}/health/live`, app)
    raw = await startRaw(rawPort)
    for (const subscribers of SUBSCRIBER_COUNTS) {
      const transmit = await runClient('transmit', `http://127.0.0.1:${appPort}`, subscribers)
      const baseline = await runClient('raw', `http://127.0.0.1:${rawPort}`, subscribers)
      results.push({ subscribers, transmit, raw: baseline })
    }
  } finally {
    if (app) await stopChild(app)
    if (raw) await stopChild(raw)
  }

  console.log(
    `\nfanout: one tenant channel, ${MESSAGES} broadcasts every ${INTERVAL_MS} ms, publish-to-receipt latency`
  )
  console.log(
    '  subscribers   transmit p50 / p95 (received)          raw p50 / p95          p95 ratio'
  )
  for (const { subscribers, transmit, raw: baseline } of results) {
    const ratio = transmit.p95 / baseline.p95
    console.log(
      `  ${String(subscribers).padEnd(12)}  ${ms(transmit.p50).padStart(9)} / ${ms(transmit.p95).padStart(9)} (${transmit.received}/${subscribers * MESSAGES})   ${ms(baseline.p50).padStart(9)} / ${ms(baseline.p95).padStart(9)}   ${ratio.toFixed(2)}×`
    )
  }
  await saveResults(context.appRoot, 'fanout', {
    options: { messages: MESSAGES, intervalMs: INTERVAL_MS, subscribers: SUBSCRIBER_COUNTS },
    results,
  })
}
