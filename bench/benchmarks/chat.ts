import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { saveResults } from '../support/report.js'
import { startBuiltApp, stopChild, type RunningProcess } from '../support/processes.js'
import { percentile } from '../fanout/shared.js'
import { seedChatBench } from '../chat/seed.js'
import { MODEL_DELAY_MS, type ClientJob, type ClientResult } from '../chat/shared.js'
import type { BenchContext } from '../support/context.js'

/** Concurrent conversations, how many rounds of one message each, and the p95 goal over the model. */
const LEVELS = [
  { concurrency: 1, rounds: 45, warmupRounds: 5, goalMs: 40 },
  { concurrency: 50, rounds: 7, warmupRounds: 1, goalMs: 150 },
]
const APP_PORT = 4341
const GEMINI_PORT = 4342

const script = (name: string) => fileURLToPath(new URL(`../chat/${name}`, import.meta.url))

async function startFakeGemini(): Promise<RunningProcess> {
  const child = fork(script('gemini.ts'), [], {
    env: { ...process.env, GEMINI_PORT: String(GEMINI_PORT) },
    execArgv: ['--import=@poppinss/ts-exec'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    child.once('exit', (code) => reject(new Error(`fake Gemini exited with ${code}`)))
  })
  return { url: `http://127.0.0.1:${GEMINI_PORT}`, stop: () => stopChild(child) }
}

function runClient(job: ClientJob) {
  return new Promise<ClientResult>((resolve, reject) => {
    const child: ChildProcess = fork(script('client.ts'), [], {
      execArgv: ['--import=@poppinss/ts-exec'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.once('message', (result) => resolve(result as ClientResult))
    child.once('exit', (code) => code !== 0 && reject(new Error(`chat client exited with ${code}`)))
    child.send(job)
  })
}

function summary(result: ClientResult) {
  const sorted = [...result.latencies].sort((a, b) => a - b)
  return {
    samples: sorted.length,
    errors: result.errors.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    latencies: sorted.map((value) => Math.round(value * 10) / 10),
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`

/**
 * The assistant's first token: a customer message sent over the widget
 * API (a fresh conversation each, listening on its Transmit channel with
 * its token) until the first `reply.delta` arrives, on the built app with
 * the fake Gemini API answering after 400 ms; at 1 and 50 conversations at
 * once. Side by side, the model alone: the same streamed calls straight to
 * the fake API with the SDK. Goal: p95 minus the model's 400 ms ≤ 40 ms at
 * 1 and ≤ 150 ms at 50.
 */
export default async function chat(context: BenchContext) {
  const conversationsNeeded = LEVELS.reduce(
    (sum, level) => sum + level.concurrency * level.rounds,
    0
  )
  const data = await seedChatBench(context.database.adminUrl, conversationsNeeded)
  const running: RunningProcess[] = []
  const results = []
  try {
    const gemini = await startFakeGemini()
    running.push(gemini)
    const app = await startBuiltApp({
      port: APP_PORT,
      env: {
        ...context.appEnv,
        APP_URL: `http://127.0.0.1:${APP_PORT}`,
        GEMINI_API_BASE: gemini.url,
        GEMINI_API_KEY: 'bench-key',
        // The per-address message limit would refuse a load test from one address.
        CHAT_MESSAGES_PER_MINUTE: '1000000000',
      },
    })
    running.push(app)
    let used = 0
    for (const level of LEVELS) {
      const count = level.concurrency * level.rounds
      const job = {
        appUrl: app.url,
        widgetKey: data.widgetKey,
        geminiUrl: gemini.url,
        concurrency: level.concurrency,
        rounds: level.rounds,
        warmupRounds: level.warmupRounds,
      }
      const platform = await runClient({
        ...job,
        target: 'platform',
        conversations: data.conversations.slice(used, used + count),
      })
      used += count
      const model = await runClient({ ...job, target: 'model', conversations: [] })
      results.push({
        ...level,
        platform: summary(platform),
        model: summary(model),
        platformErrors: platform.errors.slice(0, 5),
      })
    }
  } finally {
    for (const process of running.reverse()) {
      await process.stop()
    }
  }

  console.log(
    `\nchat: customer message → first reply token, the model answering after ${MODEL_DELAY_MS} ms`
  )
  console.log(
    '  conversations   platform p50 / p95      model alone p50 / p95   added p95 (goal)         p95 ratio'
  )
  const goals: Record<string, boolean> = {}
  for (const { concurrency, goalMs, platform, model } of results) {
    const added = platform.p95 - MODEL_DELAY_MS
    const met = platform.errors === 0 && added <= goalMs
    goals[`p95 +${goalMs} ms at ${concurrency}`] = met
    console.log(
      `  ${String(concurrency).padEnd(14)}  ${ms(platform.p50).padStart(8)} / ${ms(platform.p95).padStart(8)}   ${ms(model.p50).padStart(8)} / ${ms(model.p95).padStart(8)}   ${ms(added).padStart(8)} (≤ ${goalMs}) ${met ? 'met' : 'NOT met'}   ${(platform.p95 / MODEL_DELAY_MS).toFixed(2)}× the model's ${MODEL_DELAY_MS} ms, ${(platform.p95 / model.p95).toFixed(2)}× model alone` +
        (platform.errors
          ? `  [${platform.errors} errors of ${platform.samples + platform.errors}]`
          : '')
    )
  }
  await saveResults(context.appRoot, 'chat', {
    options: { modelDelayMs: MODEL_DELAY_MS, levels: LEVELS },
    goals,
    results,
  })
}
