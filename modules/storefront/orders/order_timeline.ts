import User from '#kernel/identity/models/user'
import OrderEvent from '#modules/storefront/models/order_event'

/** Who did something to an order: a member of staff, or the system. */
export interface OrderActor {
  userId: string | null
}

/** How the timeline names an actor: the member's name, or nothing for the system. */
export async function actorLabel(actor: OrderActor) {
  if (!actor.userId) {
    return null
  }
  const user = await User.find(actor.userId)
  return user ? user.name : null
}

/** Adds an entry to an order's timeline. */
export async function recordOrderEvent(
  orderId: string,
  kind: string,
  message: string,
  actor: OrderActor,
  metadata: Record<string, unknown> = {}
) {
  return OrderEvent.create({
    orderId,
    kind,
    message,
    actorLabel: await actorLabel(actor),
    metadata,
  })
}
