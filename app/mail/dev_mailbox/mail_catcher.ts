import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { SMTPServer } from 'smtp-server'

/**
 * A local SMTP server for development: accepts every message and stores it
 * as an .eml file, shown by the dev-only mailbox page (/dev/mailbox).
 */
export async function startMailCatcher(options: { port: number; directory: string }) {
  await mkdir(options.directory, { recursive: true })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const file = join(options.directory, `${Date.now()}-${randomUUID()}.eml`)
        writeFile(file, Buffer.concat(chunks)).then(() => callback(), callback)
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${options.port} is taken, so the development mail catcher cannot start. Set SMTP_PORT in .env to a free port.`
            )
          : error
      )
    )
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
