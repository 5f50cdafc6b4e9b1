import { Job } from '@adonisjs/queue'
import { onceFor } from '#kernel/queue/side_effects'
import { withTenant } from '#kernel/tenancy/with_tenant'

/**
 * A job whose side effects happen once, even when it is retried.
 */
export abstract class IdempotentJob<
  Payload extends { outboxMessageId?: string } = { outboxMessageId?: string },
> extends Job<Payload> {
  /**
   * Runs `effect` unless an earlier attempt of this job already did.
   * `name` tells effects of the same job apart.
   */
  protected once(name: string, effect: () => Promise<void>) {
    return onceFor(`${this.idempotencyKey()}:${name}`, effect)
  }

  /**
   * Stable across retries of this job, and across a second dispatch of the
   * same outbox message (a relay after a crash).
   */
  protected idempotencyKey() {
    return this.payload.outboxMessageId
      ? `outbox:${this.payload.outboxMessageId}`
      : `job:${this.context.jobId}`
  }
}

/**
 * A job for one workspace: it carries `tenantId` and runs in that
 * workspace's scope (one transaction, row-level security on).
 */
export abstract class TenantJob<
  Payload extends { tenantId: string; outboxMessageId?: string },
> extends IdempotentJob<Payload> {
  abstract handle(): Promise<void>

  async execute() {
    await withTenant(this.payload.tenantId, () => this.handle())
  }

  protected idempotencyKey() {
    return `${this.payload.tenantId}:${super.idempotencyKey()}`
  }
}
