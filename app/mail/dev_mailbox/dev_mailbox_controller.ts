import type { HttpContext } from '@adonisjs/core/http'
import { clearMailbox, listMessages, readMessage } from '#kernel/mail/dev_mailbox/mailbox'

/**
 * Development only: the emails the app sent, as caught by the local SMTP
 * server that `npm run dev` starts.
 */
export default class DevMailboxController {
  async index({ inertia, request }: HttpContext) {
    const page = Math.max(1, Number.parseInt(String(request.input('page', '1')), 10) || 1)
    const selected = request.input('message')
    return inertia.render('dev/mailbox', {
      mailbox: await listMessages(page),
      message: typeof selected === 'string' ? await readMessage(selected) : null,
    })
  }

  async clear({ response, session }: HttpContext) {
    await clearMailbox()
    session.flash('success', 'The mailbox is empty.')
    return response.redirect('/dev/mailbox')
  }
}
