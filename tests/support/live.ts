import { randomUUID } from 'node:crypto'
import { PassThrough } from 'node:stream'
import transmit from '@adonisjs/transmit/services/main'

/**
 * An open live connection, as a browser tab holds one: subscribe it
 * through the HTTP endpoint with its `uid`, then read what it receives.
 */
export function openLiveStream() {
  const uid = randomUUID()
  const sink = new PassThrough()
  let received = ''
  sink.on('data', (chunk: Buffer) => {
    received += chunk.toString()
  })
  transmit.createStream({
    uid,
    response: sink as any,
    request: undefined as any,
    context: {} as any,
  })
  return {
    uid,
    /** The `data:` payloads received so far, parsed. */
    messages() {
      return received
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => JSON.parse(line.slice(6)))
    },
    close() {
      sink.destroy()
    },
  }
}
