import type mail from '@adonisjs/mail/services/main'

type Fake = ReturnType<(typeof mail)['fake']>

/**
 * The first link to `path` in the newest queued email that has one. The
 * message's templates are rendered exactly as they would be for sending.
 */
export async function linkFromQueuedMail(fake: Fake, path: string) {
  for (const { message } of [...fake.mails.queued()].reverse()) {
    await message.computeContents()
    const text = String(message.toJSON().message.text ?? '')
    const match = text.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname.includes(path))
    if (match) {
      const url = new URL(match)
      return `${url.pathname}${url.search}`
    }
  }
  throw new Error(`No queued email has a link to ${path}`)
}
