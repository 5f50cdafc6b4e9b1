import app from '@adonisjs/core/services/app'
import mail from '@adonisjs/mail/services/main'
import { enqueue } from '#kernel/outbox/outbox'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { currentTenantId } from '#kernel/tenancy/tenant_context'

/**
 * `mail.sendLater()` hands the compiled message to a job (SendMailJob),
 * through the outbox: mail queued in a transaction that rolls back is
 * never sent. A mail queued in a workspace's scope counts towards the
 * emails of its plan in the current period (recorded, not refused: a
 * password reset or an order confirmation must always go out; bulk
 * senders check `UsageMeter.ensureAllowed('emails', n)` first).
 */
mail.setMessenger((mailer) => ({
  async queue(compiled, sendConfig) {
    await enqueue('job', 'SendMailJob', {
      mailer: mailer.name,
      mail: compiled,
      sendConfig,
    })
    if (currentTenantId()) {
      const meter = await app.container.make(UsageMeter)
      await meter.record('emails', 1)
    }
  },
}))
