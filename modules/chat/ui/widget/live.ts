import { Transmit } from '@adonisjs/transmit-client'
import type { ConversationEvent } from './types'

type TransmitOptions = ConstructorParameters<typeof Transmit>[0]
type HttpClient = ReturnType<NonNullable<TransmitOptions['httpClientFactory']>>

/**
 * Subscribes to the conversation's live channel with its token (a bearer
 * header, no cookies, so it works from any website). Once subscribed, and
 * again after every reconnection, `onResync` runs so the caller fetches
 * what it missed.
 */
export function listen(options: {
  origin: string
  channel: string
  token: string
  onEvent: (event: ConversationEvent) => void
  onResync: () => void
}) {
  const tokenClient = (baseUrl: string, uid: string) =>
    ({
      send: (request: Request) => fetch(request),
      createRequest: (path: string, body: Record<string, unknown>) =>
        new Request(`${baseUrl}${path}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Authorization': `Bearer ${options.token}`,
          },
          body: JSON.stringify({ uid, ...body }),
          credentials: 'omit',
        }),
    }) as unknown as HttpClient

  const transmit = new Transmit({
    baseUrl: options.origin,
    maxReconnectAttempts: 0,
    httpClientFactory: tokenClient,
    eventSourceFactory: (url) => new EventSource(url, { withCredentials: false }),
    // Every (re)subscription may have missed messages: fetch them.
    onSubscription: () => options.onResync(),
  })
  const subscription = transmit.subscription(options.channel)
  subscription.onMessage<ConversationEvent>(options.onEvent)
  void subscription.create()
  return () => {
    void subscription.delete()
    transmit.close()
  }
}
