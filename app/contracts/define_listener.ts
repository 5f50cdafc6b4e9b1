import type { DomainEventName, EventPayload } from '#kernel/contracts/domain_events'

export interface ListenerContext {
  /**
   * Runs a side effect at most once for this delivery of this event, even
   * when the delivery is retried.
   */
  once(effect: string, run: () => Promise<void>): Promise<boolean>
}

export interface EventListener<Name extends DomainEventName = DomainEventName> {
  /** Unique within the module: names the listener in logs and job payloads. */
  name: string
  event: Name
  handle(payload: EventPayload<Name>, context: ListenerContext): Promise<void>
}

/**
 * A module's reaction to a domain event (`modules/<key>/listeners/*.ts`).
 * It runs as a job, after the emitting transaction committed, in the
 * event's tenant scope, and only while the workspace has the listening
 * module enabled.
 */
export function defineListener<Name extends DomainEventName>(listener: EventListener<Name>) {
  return listener
}
