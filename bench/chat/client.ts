/*
| The customers: for the platform, each conversation listens on its
| Transmit channel (subscribed with its token, as the widget does), then
| all of a round send their message at once; a sample is the time from
| sending to the first `reply.delta` frame. For the model alone, the same
| number of streamed calls go straight to the fake Gemini API with the
| SDK; a sample is the time to its first chunk.
*/
import http from 'node:http'
import { randomUUID } from 'node:crypto'
import { GoogleGenAI } from '@google/genai'
import { QUESTION, type BenchConversation, type ClientJob, type ClientResult } from './shared.js'

const SAMPLE_TIMEOUT_MS = 20_000
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })

type Frame = { type: string; message?: { author: string } }

/** An open Server-Sent Events stream of Transmit; frames go to `onFrame`. */
function listen(job: ClientJob, uid: string, onFrame: (frame: Frame) => void) {
  return new Promise<http.ClientRequest>((resolve, reject) => {
    const request = http.get(
      `${job.appUrl}/__transmit/events?uid=${uid}`,
      { agent, headers: { Accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`events answered ${response.statusCode}`))
          return
        }
        let buffer = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => {
          buffer += chunk
          let end = buffer.indexOf('\n\n')
          while (end !== -1) {
            const frame = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            if (frame.startsWith('data: ')) onFrame(JSON.parse(frame.slice(6)).payload)
            end = buffer.indexOf('\n\n')
          }
        })
        resolve(request)
      }
    )
    request.on('error', reject)
    request.setTimeout(SAMPLE_TIMEOUT_MS, () => request.destroy(new Error('events timed out')))
  })
}

/** A conversation ready to be timed: listening on its channel. */
async function prepare(job: ClientJob, conversation: BenchConversation) {
  const uid = randomUUID()
  let firstToken: (() => void) | undefined
  let replied: (() => void) | undefined
  const firstTokenAt = new Promise<number>((resolve) => {
    firstToken = () => resolve(performance.now())
  })
  const done = new Promise<void>((resolve) => {
    replied = resolve
  })
  const stream = await listen(job, uid, (frame) => {
    if (frame.type === 'reply.delta') firstToken?.()
    if (frame.type === 'message' && frame.message?.author === 'bot') replied?.()
  })
  try {
    const subscribed = await fetch(`${job.appUrl}/__transmit/subscribe`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Authorization': `Bearer ${conversation.token}`,
      },
      body: JSON.stringify({ uid, channel: conversation.channel }),
      signal: AbortSignal.timeout(SAMPLE_TIMEOUT_MS),
    })
    if (subscribed.status !== 204) throw new Error(`subscribe answered ${subscribed.status}`)
  } catch (error) {
    stream.destroy()
    throw error
  }
  return { conversation, stream, firstTokenAt, done }
}

function withTimeout<T>(promise: Promise<T>, what: string) {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`no ${what} within ${SAMPLE_TIMEOUT_MS} ms`)),
        SAMPLE_TIMEOUT_MS
      )
    ),
  ])
}

async function platformSample(job: ClientJob, ready: Awaited<ReturnType<typeof prepare>>) {
  try {
    const sentAt = performance.now()
    const response = await fetch(`${job.appUrl}/chat/w/${job.widgetKey}/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Authorization': `Bearer ${ready.conversation.token}`,
      },
      body: JSON.stringify({ body: QUESTION }),
      signal: AbortSignal.timeout(SAMPLE_TIMEOUT_MS),
    })
    const answer = await response.text()
    if (response.status >= 300) {
      throw new Error(`message answered ${response.status}: ${answer.slice(0, 200)}`)
    }
    const latency = (await withTimeout(ready.firstTokenAt, 'first token')) - sentAt
    await withTimeout(ready.done, 'saved reply')
    return latency
  } finally {
    ready.stream.destroy()
  }
}

async function platformRound(job: ClientJob, conversations: BenchConversation[]) {
  const ready = await Promise.allSettled(
    conversations.map((conversation) => prepare(job, conversation))
  )
  return Promise.allSettled(
    ready.map((one) =>
      one.status === 'fulfilled' ? platformSample(job, one.value) : Promise.reject(one.reason)
    )
  )
}

async function modelRound(job: ClientJob, size: number) {
  const client = new GoogleGenAI({ apiKey: 'bench-key', httpOptions: { baseUrl: job.geminiUrl } })
  return Promise.allSettled(
    Array.from({ length: size }, async () => {
      const sentAt = performance.now()
      const stream = await client.models.generateContentStream({
        model: 'gemini-2.5-flash',
        contents: [{ role: 'user', parts: [{ text: QUESTION }] }],
      })
      let latency: number | undefined
      for await (const chunk of stream) {
        latency ??= chunk.text ? performance.now() - sentAt : undefined
      }
      if (latency === undefined) throw new Error('the model streamed no text')
      return latency
    })
  )
}

async function run(job: ClientJob): Promise<ClientResult> {
  const latencies: number[] = []
  const errors: string[] = []
  for (let round = 0; round < job.rounds; round++) {
    const slice = job.conversations.slice(round * job.concurrency, (round + 1) * job.concurrency)
    const outcomes =
      job.target === 'platform'
        ? await platformRound(job, slice)
        : await modelRound(job, job.concurrency)
    if (round < job.warmupRounds) continue
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') latencies.push(outcome.value)
      else errors.push(String(outcome.reason?.message ?? outcome.reason))
    }
  }
  return { target: job.target, concurrency: job.concurrency, latencies, errors }
}

process.once('message', (job) => {
  run(job as ClientJob)
    .then((result) => process.send!(result, () => process.exit(0)))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
})
