import mail from '@adonisjs/mail/services/main'
import type { MailersList, MessageBodyTemplates, NodeMailerMessage } from '@adonisjs/mail/types'
import type { JobOptions } from '@adonisjs/queue/types'
import { IdempotentJob } from '#kernel/queue/tenant_job'

export interface SendMailPayload {
  mailer: keyof MailersList
  mail: { message: NodeMailerMessage; views: MessageBodyTemplates }
  sendConfig?: unknown
  outboxMessageId?: string
}

/**
 * Renders and sends one email queued with `mail.sendLater()`. A retry after
 * the SMTP server accepted the message does not send it twice.
 */
export default class SendMailJob extends IdempotentJob<SendMailPayload> {
  static options: JobOptions = { name: 'SendMailJob', queue: 'default', maxRetries: 6 }

  async execute() {
    await this.once('send', async () => {
      await mail.use(this.payload.mailer).sendCompiled(this.payload.mail, this.payload.sendConfig)
    })
  }
}
