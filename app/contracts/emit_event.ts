import type { DomainEventName, EventPayload } from '#kernel/contracts/domain_events'
import { enqueue } from '#kernel/outbox/outbox'
import { eventBus } from '#kernel/contracts/event_bus'

/**
 * Emits a domain event. Inside a tenant transaction it is delivered only
 * after that transaction commits; listeners of modules the workspace has
 * not enabled are skipped.
 */
export async function emitEvent<Name extends DomainEventName>(
  name: Name,
  payload: EventPayload<Name>
) {
  if (eventBus.listenersOf(name).length === 0) {
    return
  }
  await enqueue('event', name, payload as Record<string, unknown>)
}
