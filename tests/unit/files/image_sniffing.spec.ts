import { test } from '@japa/runner'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import app from '@adonisjs/core/services/app'
import { sniffImageType } from '#kernel/files/image_upload'

async function fileWith(name: string, content: Buffer | string) {
  const path = join(app.tmpPath(), name)
  await writeFile(path, content)
  return path
}

test.group('Image type from content', () => {
  test('recognises real images by their first bytes', async ({ assert }) => {
    assert.equal(
      await sniffImageType(await fileWith('a', Buffer.from('89504e470d0a1a0a0000', 'hex'))),
      'png'
    )
    assert.equal(
      await sniffImageType(await fileWith('b', Buffer.from('ffd8ffe000104a464946', 'hex'))),
      'jpg'
    )
    assert.equal(await sniffImageType(await fileWith('c', 'GIF89a........')), 'gif')
    assert.equal(
      await sniffImageType(await fileWith('d', 'RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')),
      'webp'
    )
  })

  test('refuses anything else, whatever the name says', async ({ assert }) => {
    assert.isUndefined(await sniffImageType(await fileWith('e.png', '<svg onload="alert(1)"/>')))
    assert.isUndefined(
      await sniffImageType(await fileWith('f.jpg', 'RIFF\u0000\u0000\u0000\u0000WAVEfmt '))
    )
    assert.isUndefined(await sniffImageType(await fileWith('g.gif', '')))
  })
})
