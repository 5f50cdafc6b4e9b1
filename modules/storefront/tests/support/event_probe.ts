import { eventBus } from '#kernel/contracts/event_bus'
import type { DomainEventName, EventPayload } from '#kernel/contracts/domain_events'

const received = new Map<string, unknown[]>()

/**
 * Listens (as the storefront module) to a domain event, so that a test
 * sees what was delivered after running the queue. Registered once per
 * event for the whole run.
 */
export function probeEvent<Name extends DomainEventName>(event: Name) {
  if (!received.has(event)) {
    received.set(event, [])
    eventBus.registerListeners('storefront', [
      {
        name: `test_probe_${event.replace(/\W/g, '_')}`,
        event,
        async handle(payload: EventPayload<Name>) {
          received.get(event)!.push(payload)
        },
      },
    ])
  }
  const log = received.get(event)! as EventPayload<Name>[]
  log.length = 0
  return log
}
