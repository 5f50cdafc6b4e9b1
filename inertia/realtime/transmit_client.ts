import { Transmit } from '@adonisjs/transmit-client'
import { xsrfToken } from '~/lib/xsrf'

let client: Transmit | null = null
const resyncs = new Set<() => void>()

/**
 * The tab's one live connection (Server-Sent Events), created on first
 * use. It reconnects by itself, without limit; after a reconnection every
 * registered `resync` runs, so pages re-fetch what they may have missed
 * while offline.
 */
export function transmitClient() {
  if (typeof window === 'undefined') {
    return null
  }
  if (!client) {
    let wasConnected = false
    client = new Transmit({
      baseUrl: window.location.origin,
      maxReconnectAttempts: 0,
      beforeSubscribe(request) {
        request.headers.set('X-XSRF-TOKEN', xsrfToken())
      },
      beforeUnsubscribe(request) {
        request.headers.set('X-XSRF-TOKEN', xsrfToken())
      },
    })
    client.on('connected', () => {
      if (wasConnected) {
        resyncs.forEach((resync) => resync())
      }
      wasConnected = true
    })
  }
  return client
}

export function onResync(resync: () => void) {
  resyncs.add(resync)
  return () => {
    resyncs.delete(resync)
  }
}
