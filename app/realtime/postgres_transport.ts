import pg from 'pg'
import logger from '@adonisjs/core/services/logger'
import type { Serializable, SubscribeHandler, Transport } from '@boringnode/bus/types/main'

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7900

/**
 * Carries live events between app processes (web servers, queue workers)
 * through PostgreSQL's LISTEN/NOTIFY, so a notification created by a job
 * reaches a browser connected to a web server without any other service.
 * With REDIS_URL set, Redis carries them instead.
 */
export class PostgresTransport implements Transport {
  #id?: string
  #publisher: pg.Pool
  #listener?: pg.Client
  #connecting?: Promise<void>
  #handlers = new Map<string, SubscribeHandler<any>[]>()
  #reconnectCallbacks: (() => void)[] = []
  #closed = false

  constructor(private connection: pg.ClientConfig) {
    this.#publisher = new pg.Pool({ ...connection, max: 2, allowExitOnIdle: true })
  }

  setId(id: string) {
    this.#id = id
    return this
  }

  onReconnect(callback: () => void) {
    this.#reconnectCallbacks.push(callback)
  }

  async publish(channel: string, message: Serializable) {
    const encoded = JSON.stringify({ busId: this.#id, payload: message })
    if (Buffer.byteLength(encoded) > MAX_PAYLOAD_BYTES) {
      throw new Error(
        `A live event on "${channel}" is ${Buffer.byteLength(encoded)} bytes: send ids and let clients fetch the rest`
      )
    }
    await this.#publisher.query('select pg_notify($1, $2)', [channel, encoded])
  }

  /**
   * Never rejects: while PostgreSQL is unreachable the transport keeps
   * trying in the background and listens as soon as it can.
   */
  async subscribe<T extends Serializable>(channel: string, handler: SubscribeHandler<T>) {
    const handlers = this.#handlers.get(channel) ?? []
    this.#handlers.set(channel, [...handlers, handler])
    if (handlers.length === 0) {
      await this.#listen()
    }
  }

  async unsubscribe(channel: string) {
    this.#handlers.delete(channel)
    await this.#listener?.query(`unlisten ${pg.escapeIdentifier(channel)}`)
  }

  async disconnect() {
    this.#closed = true
    await this.#connecting
    await Promise.allSettled([this.#listener?.end(), this.#publisher.end()])
  }

  /** Connects when needed and listens to every channel that has handlers. */
  #listen() {
    this.#connecting ??= this.#keepTrying().finally(() => {
      this.#connecting = undefined
    })
    return this.#connecting
  }

  async #keepTrying() {
    for (let attempt = 1; !this.#closed; attempt++) {
      try {
        const listener = this.#listener ?? (await this.#open())
        for (const channel of this.#handlers.keys()) {
          await listener.query(`listen ${pg.escapeIdentifier(channel)}`)
        }
        return
      } catch (error) {
        if (attempt === 1) {
          const code = (error as { code?: string }).code
          // 57P0x: the server is starting or shutting down, nothing to debug.
          const details = code?.startsWith('57P') ? { code } : { err: error }
          logger.warn(details, 'live events: cannot listen on PostgreSQL yet, retrying')
        }
        await this.#drop(this.#listener)
        // Waiting to retry does not keep a finishing process (a command) alive.
        await new Promise((resolve) => setTimeout(resolve, Math.min(attempt * 500, 5000)).unref())
      }
    }
  }

  async #open() {
    const client = new pg.Client(this.connection)
    client.on('notification', ({ channel, payload }) => this.#deliver(channel, payload))
    client.on('error', () => void this.#lost(client))
    client.on('end', () => void this.#lost(client))
    try {
      await client.connect()
    } catch (error) {
      client.removeAllListeners('end')
      throw error
    }
    this.#listener = client
    return client
  }

  async #lost(client: pg.Client) {
    if (this.#closed || this.#listener !== client) return
    await this.#drop(client)
    logger.warn('live events: lost the PostgreSQL listener, reconnecting')
    await this.#listen()
    this.#reconnectCallbacks.forEach((callback) => callback())
  }

  async #drop(client: pg.Client | undefined) {
    if (!client) return
    if (this.#listener === client) this.#listener = undefined
    client.removeAllListeners('end')
    await client.end().catch(() => {})
  }

  #deliver(channel: string, payload: string | undefined) {
    const handlers = this.#handlers.get(channel)
    if (!handlers || !payload) return
    let message: { busId?: string; payload?: unknown }
    try {
      message = JSON.parse(payload)
    } catch {
      return
    }
    if (message.busId === this.#id || !('payload' in message)) return
    for (const handler of handlers) {
      handler(message.payload as Serializable)
    }
  }
}

export function postgres(connection: pg.ClientConfig) {
  return () => new PostgresTransport(connection)
}
