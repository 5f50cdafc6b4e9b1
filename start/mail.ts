import mail from '@adonisjs/mail/services/main'
import { enqueue } from '#kernel/outbox/outbox'

/**
 * `mail.sendLater()` hands the compiled message to a job (SendMailJob),
 * through the outbox: mail queued in a transaction that rolls back is
 * never sent.
 */
mail.setMessenger((mailer) => ({
  async queue(compiled, sendConfig) {
    await enqueue('job', 'SendMailJob', {
      mailer: mailer.name,
      mail: compiled,
      sendConfig,
    })
  },
}))
