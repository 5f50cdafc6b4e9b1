import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'
import env from '#start/env'

/**
 * A real SMTP server on the port the application sends to (SMTP_PORT in
 * .env.test): every message it accepts is parsed for assertions.
 */
export async function startSmtpServer() {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          received.push(parsed)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(env.get('SMTP_PORT'), '127.0.0.1', () => resolve())
  })
  return {
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
