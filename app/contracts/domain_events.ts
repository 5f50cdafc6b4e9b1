import type { WorkspaceEvents } from '#kernel/contracts/workspace_events'
import type { StorefrontEvents } from '#kernel/contracts/storefront_events'
import type { ChatEvents } from '#kernel/contracts/chat_events'

/**
 * Every domain event the platform knows: `<module>.<aggregate>.<past
 * tense>`. Payloads carry the tenant and ids (and primitives), never
 * models, so they survive serialisation and a listener reloads what it
 * needs. Each module's events live in app/contracts/<module>_events.ts and
 * are listed here.
 */
export interface DomainEvents extends WorkspaceEvents, StorefrontEvents, ChatEvents {}

export type DomainEventName = keyof DomainEvents & string

export type EventPayload<Name extends DomainEventName> = DomainEvents[Name] & { tenantId: string }
