/** The model's own time to its first byte, fixed by the fake Gemini server. */
export const MODEL_DELAY_MS = 400

export const CHAT_BENCH_SLUG = 'chatbench'

/** What customers ask; the fake model answers every one with ANSWER, streamed. */
export const QUESTION = 'Which serum would you recommend for dry skin in winter?'
export const ANSWER =
  'For dry skin in winter I would pick a serum rich in hyaluronic acid and glycerin, ' +
  'applied on damp skin morning and evening, followed by a richer cream at night.'

export interface BenchConversation {
  token: string
  channel: string
}

/** What the client process is asked to measure. */
export interface ClientJob {
  target: 'platform' | 'model'
  appUrl: string
  widgetKey: string
  geminiUrl: string
  concurrency: number
  /** Rounds of `concurrency` messages at once; the first `warmupRounds` are not counted. */
  rounds: number
  warmupRounds: number
  /** A fresh conversation per platform message, `concurrency` per round. */
  conversations: BenchConversation[]
}

/** Milliseconds from sending to the first streamed token, per sample. */
export interface ClientResult {
  target: ClientJob['target']
  concurrency: number
  latencies: number[]
  errors: string[]
}
