import type { DomainEventName, EventPayload } from '#kernel/contracts/domain_events'
import type { EventListener } from '#kernel/contracts/define_listener'

export const KERNEL = 'kernel'

export interface RegisteredListener {
  /** `<module>:<listener name>` */
  id: string
  moduleKey: string
  listener: EventListener<any>
}

/**
 * Who listens to which domain event. Emitting goes through the outbox
 * (emitEvent); delivery to each listener is a job (DeliverEventJob).
 */
class EventBus {
  #byEvent = new Map<string, RegisteredListener[]>()
  #byId = new Map<string, RegisteredListener>()

  registerListeners(moduleKey: string, listeners: unknown[]) {
    for (const candidate of listeners) {
      const listener = candidate as EventListener<any>
      if (!listener?.name || !listener.event || typeof listener.handle !== 'function') {
        throw new Error(
          `Module "${moduleKey}" has a listener file that does not export defineListener({...})`
        )
      }
      const id = `${moduleKey}:${listener.name}`
      if (this.#byId.has(id)) {
        throw new Error(`Two listeners of module "${moduleKey}" are named "${listener.name}"`)
      }
      const registered = { id, moduleKey, listener }
      this.#byId.set(id, registered)
      this.#byEvent.set(listener.event, [...(this.#byEvent.get(listener.event) ?? []), registered])
    }
  }

  listenersOf(event: string) {
    return this.#byEvent.get(event) ?? []
  }

  find(id: string) {
    return this.#byId.get(id)
  }
}

export const eventBus = new EventBus()

export type { DomainEventName, EventPayload }
