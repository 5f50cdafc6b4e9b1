import { useEffect, useEffectEvent } from 'react'
import { onResync, transmitClient } from '~/realtime/transmit_client'

/**
 * Listens to a live channel while the component is mounted. `resync` runs
 * after the connection comes back, to re-fetch what may have been missed.
 * A null channel listens to nothing.
 */
export function useChannel<Message>(
  channel: string | null | undefined,
  onMessage: (message: Message) => void,
  resync?: () => void
) {
  const handleMessage = useEffectEvent(onMessage)
  const handleResync = useEffectEvent(() => resync?.())

  useEffect(() => {
    const client = transmitClient()
    if (!client || !channel) {
      return
    }
    const subscription = client.subscription(channel)
    const stopListening = subscription.onMessage<Message>((message) => handleMessage(message))
    const stopResync = onResync(() => handleResync())
    subscription.create().catch(() => {
      // Refused (signed out, no longer a member): the page works without live updates.
    })
    return () => {
      stopListening()
      stopResync()
      if (subscription.handlerCount === 0) {
        subscription.delete().catch(() => {})
      }
    }
  }, [channel])
}
