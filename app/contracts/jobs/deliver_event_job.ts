import logger from '@adonisjs/core/services/logger'
import type { JobOptions } from '@adonisjs/queue/types'
import { TenantJob } from '#kernel/queue/tenant_job'
import { KERNEL, eventBus } from '#kernel/contracts/event_bus'
import { enabledModuleKeys } from '#kernel/modules/module_lifecycle'

interface Payload {
  tenantId: string
  event: string
  listener: string
  payload: Record<string, unknown>
  messageId: string
}

/**
 * Delivers one domain event to one listener, in the event's tenant scope,
 * skipping listeners of modules the workspace has not enabled.
 */
export default class DeliverEventJob extends TenantJob<Payload> {
  static options: JobOptions = { name: 'DeliverEventJob', queue: 'default' }

  async handle() {
    const registered = eventBus.find(this.payload.listener)
    if (!registered) {
      logger.warn({ listener: this.payload.listener }, 'event listener no longer exists')
      return
    }
    if (registered.moduleKey !== KERNEL) {
      const enabled = await enabledModuleKeys()
      if (!enabled.has(registered.moduleKey)) {
        return
      }
    }
    await registered.listener.handle(this.payload.payload as any, {
      once: (effect, run) => this.once(effect, run),
    })
  }

  protected idempotencyKey() {
    return `${this.payload.tenantId}:event:${this.payload.messageId}:${this.payload.listener}`
  }
}
