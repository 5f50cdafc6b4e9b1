/*
| The subscribers: N Server-Sent Events connections in this one process,
| each timing every message from the moment the server published it.
| For Transmit, it signs in like a browser and subscribes every connection
| through the real, authorized subscribe endpoint.
*/
import http from 'node:http'
import { randomUUID } from 'node:crypto'
import { FANOUT_OWNER, percentile, type FanoutSample } from './shared.js'

const target = process.env.FANOUT_TARGET as 'transmit' | 'raw'
const base = process.env.FANOUT_URL!
const subscribers = Number(process.env.FANOUT_SUBSCRIBERS)
const count = Number(process.env.FANOUT_MESSAGES)
const intervalMs = Number(process.env.FANOUT_INTERVAL_MS)

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
const cookies = new Map<string, string>()

function remember(response: Response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';')
    const [name, ...value] = pair.split('=')
    cookies.set(name.trim(), value.join('='))
  }
}

function cookieHeader() {
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
}

async function signIn() {
  const page = await fetch(`${base}/login`)
  remember(page)
  const html = await page.text()
  const csrf = html.match(/csrfToken&quot;:&quot;([^&]+)&quot;|"csrfToken":"([^"]+)"/)
  const token = csrf?.[1] ?? csrf?.[2]
  if (!token) throw new Error('no CSRF token on the login page')
  const response = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Cookie': cookieHeader() },
    body: new URLSearchParams({ _csrf: token, ...FANOUT_OWNER }),
  })
  remember(response)
  if (response.status !== 302 || response.headers.get('location')?.startsWith('/login')) {
    throw new Error(`sign-in failed (${response.status})`)
  }
}

function open(path: string, onFrame: (data: string) => void) {
  return new Promise<http.ClientRequest>((resolve, reject) => {
    const request = http.get(
      `${base}${path}`,
      { agent, headers: { Cookie: cookieHeader(), Accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`${path} answered ${response.statusCode}`))
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
            if (frame.startsWith('data: ')) onFrame(frame.slice(6))
            end = buffer.indexOf('\n\n')
          }
        })
        resolve(request)
      }
    )
    request.on('error', reject)
  })
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(run))
  }
}

async function main() {
  let channel = 'bench'
  if (target === 'transmit') {
    const setup = await fetch(`${base}/bench/fanout/setup`, { method: 'POST' })
    channel = ((await setup.json()) as { channel: string }).channel
    await signIn()
  }
  const latencies: number[] = []
  const onFrame = (data: string) => {
    const { payload } = JSON.parse(data)
    latencies.push(performance.timeOrigin + performance.now() - payload.sentAt)
  }
  const uids = Array.from({ length: subscribers }, () => randomUUID())
  const requests: http.ClientRequest[] = []
  await inBatches(uids, 200, async (uid) => {
    const path = target === 'transmit' ? `/__transmit/events?uid=${uid}` : `/events?uid=${uid}`
    requests.push(await open(path, onFrame))
  })
  if (target === 'transmit') {
    const xsrf = decodeURIComponent(cookies.get('XSRF-TOKEN') ?? '')
    await inBatches(uids, 50, async (uid) => {
      const response = await fetch(`${base}/__transmit/subscribe`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Cookie': cookieHeader(),
          'X-XSRF-TOKEN': xsrf,
        },
        body: JSON.stringify({ uid, channel }),
      })
      if (response.status !== 204) throw new Error(`subscribe answered ${response.status}`)
    })
  }
  await fetch(`${base}${target === 'transmit' ? '/bench/fanout/run' : '/run'}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel, count, intervalMs }),
  })
  const expected = subscribers * count
  const deadline = Date.now() + count * intervalMs + 15_000
  while (latencies.length < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  for (const request of requests) request.destroy()
  const sorted = latencies.sort((a, b) => a - b)
  const sample: FanoutSample = {
    subscribers,
    messages: count,
    received: latencies.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
  }
  process.send!(sample)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
