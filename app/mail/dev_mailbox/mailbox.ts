import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'

const FILE = /^\d+-[0-9a-f-]{36}\.eml$/

/** Where the development mail catcher stores what the app sends. */
export const MAILBOX_DIRECTORY = app.tmpPath('mailbox')

async function parse(file: string) {
  const { simpleParser } = await import('mailparser')
  return simpleParser(await readFile(join(MAILBOX_DIRECTORY, file)))
}

async function files() {
  try {
    const names = await readdir(MAILBOX_DIRECTORY)
    return names
      .filter((name) => FILE.test(name))
      .sort()
      .reverse()
  } catch {
    return []
  }
}

/**
 * The caught messages, newest first, a page at a time.
 */
export async function listMessages(page: number, perPage = 25) {
  const all = await files()
  const slice = all.slice((page - 1) * perPage, page * perPage)
  const messages = await Promise.all(
    slice.map(async (file) => {
      const parsed = await parse(file)
      return {
        id: file.replace(/\.eml$/, ''),
        subject: parsed.subject ?? '(no subject)',
        from: parsed.from?.text ?? '',
        to: [parsed.to ?? []]
          .flat()
          .map((address) => address.text)
          .join(', '),
        date: (parsed.date ?? new Date(Number(file.split('-')[0]))).toISOString(),
      }
    })
  )
  return {
    messages,
    total: all.length,
    page,
    lastPage: Math.max(1, Math.ceil(all.length / perPage)),
  }
}

export async function readMessage(id: string) {
  const file = `${id}.eml`
  const known = await files()
  if (!FILE.test(file) || !known.includes(file)) {
    return null
  }
  const parsed = await parse(file)
  return {
    id,
    subject: parsed.subject ?? '(no subject)',
    from: parsed.from?.text ?? '',
    to: [parsed.to ?? []]
      .flat()
      .map((address) => address.text)
      .join(', '),
    date: (parsed.date ?? new Date()).toISOString(),
    html: typeof parsed.html === 'string' ? parsed.html : null,
    text: parsed.text ?? null,
  }
}

export async function clearMailbox() {
  const known = await files()
  await Promise.all(known.map((file) => rm(join(MAILBOX_DIRECTORY, file))))
}
