import { randomUUID } from 'node:crypto'
import { DateTime } from 'luxon'
import { Locator } from '@adonisjs/queue'
import db from '@adonisjs/lucid/services/db'
import OutboxMessage, { type OutboxKind } from '#kernel/outbox/outbox_message'
import { eventBus } from '#kernel/contracts/event_bus'
import { afterCommit, currentScope } from '#kernel/tenancy/tenant_context'
import { withPlatform, withTenant } from '#kernel/tenancy/with_tenant'

/**
 * Hands one message to the queue: a job is dispatched by name; an event
 * becomes one delivery job per listener.
 */
async function deliver(
  kind: OutboxKind,
  name: string,
  payload: Record<string, unknown>,
  messageId: string | null
) {
  if (kind === 'job') {
    const JobClass = Locator.getOrThrow(name) as any
    await JobClass.dispatch(messageId ? { ...payload, outboxMessageId: messageId } : payload)
    return
  }
  const DeliverEventJob = Locator.getOrThrow('DeliverEventJob') as any
  for (const { id } of eventBus.listenersOf(name)) {
    await DeliverEventJob.dispatch({
      tenantId: payload.tenantId,
      event: name,
      listener: id,
      payload,
      messageId: messageId ?? randomUUID(),
    })
  }
}

/**
 * Records an event or a job in the current tenant transaction and delivers
 * it once that transaction commits: a rolled-back change sends nothing, a
 * committed one cannot lose its messages (the relay picks up any message a
 * crash left behind). In a transaction without a tenant (a person's own
 * account) it is delivered after commit; outside any, at once.
 */
export async function enqueue(kind: OutboxKind, name: string, payload: Record<string, unknown>) {
  const scope = currentScope()
  if (!scope || scope.trx.isCompleted) {
    await deliver(kind, name, payload, null)
    return
  }
  if (!scope.tenantId) {
    await afterCommit(() => deliver(kind, name, payload, null))
    return
  }
  const message = await OutboxMessage.create({ kind, name, payload })
  const tenantId = scope.tenantId
  await afterCommit(async () => {
    await relay(tenantId, [message.id])
  })
}

/**
 * Delivers a tenant's pending messages (all of them, or those `ids`), each
 * at most once at a time (rows are locked; concurrent relays skip them).
 */
export async function relay(tenantId: string, ids?: string[]) {
  return withTenant(tenantId, async () => {
    const query = OutboxMessage.query()
      .whereNull('dispatched_at')
      .orderBy('created_at')
      .forUpdate()
      .skipLocked()
      .limit(500)
    if (ids) {
      query.whereIn('id', ids)
    }
    const messages = await query
    for (const message of messages) {
      await deliver(message.kind, message.name, message.payload, message.id)
      message.dispatchedAt = DateTime.now()
      await message.save()
    }
    return messages.length
  })
}

/**
 * Finds messages left pending (a crash between commit and delivery) and
 * delivers them; run by a scheduled job.
 */
export async function relayStaleMessages(olderThanSeconds = 30) {
  const tenants = await withPlatform('outbox relay', async () =>
    db
      .from('outbox_messages')
      .whereNull('dispatched_at')
      .where('created_at', '<', DateTime.now().minus({ seconds: olderThanSeconds }).toJSDate())
      .distinct('tenant_id')
  )
  let delivered = 0
  for (const { tenant_id: tenantId } of tenants) {
    delivered += await relay(tenantId)
  }
  return delivered
}
