/** How often later pieces of a streamed reply are sent, at most. */
const BATCH_INTERVAL_MS = 60

/**
 * The first piece of a streamed reply is sent at once (the customer waits
 * for it); later pieces are gathered and sent together every few dozen
 * milliseconds, so a reply costs a handful of live frames instead of one
 * per token — which is what keeps many simultaneous chats fast.
 */
export function deltaBatcher(send: (text: string) => void, intervalMs = BATCH_INTERVAL_MS) {
  let pending = ''
  let started = false
  let timer: NodeJS.Timeout | undefined

  function flush() {
    clearTimeout(timer)
    timer = undefined
    if (pending) {
      const text = pending
      pending = ''
      send(text)
    }
  }

  return {
    push(text: string) {
      if (!started) {
        started = true
        send(text)
        return
      }
      pending += text
      timer ??= setTimeout(flush, intervalMs)
    },
    /** Sends what is gathered (before the finished message goes out). */
    flush,
    /** Drops what is gathered (the reply is discarded or refused). */
    cancel() {
      clearTimeout(timer)
      timer = undefined
      pending = ''
    },
  }
}
