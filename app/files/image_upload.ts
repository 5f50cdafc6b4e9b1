import { open } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import app from '@adonisjs/core/services/app'
import drive from '@adonisjs/drive/services/main'
import env from '#start/env'
import { UsageMeter } from '#kernel/contracts/usage_meter'
import { currentTenantId } from '#kernel/tenancy/tenant_context'

export const IMAGE_TYPES = {
  png: { mime: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpg: { mime: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
  gif: { mime: 'image/gif', signature: [0x47, 0x49, 0x46, 0x38] },
  webp: { mime: 'image/webp', signature: [0x52, 0x49, 0x46, 0x46] },
} as const

export type ImageType = keyof typeof IMAGE_TYPES

/**
 * The image type a file really is, read from its first bytes (never from
 * the name or the Content-Type a client sent). SVG is not accepted: it can
 * carry scripts.
 */
export async function sniffImageType(path: string): Promise<ImageType | undefined> {
  const handle = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(12), 0, 12, 0)
    const head = buffer.subarray(0, bytesRead)
    for (const [type, { signature }] of Object.entries(IMAGE_TYPES)) {
      if (signature.every((byte, index) => head[index] === byte)) {
        if (type === 'webp' && head.subarray(8, 12).toString('latin1') !== 'WEBP') {
          continue
        }
        return type as ImageType
      }
    }
    return undefined
  } finally {
    await handle.close()
  }
}

export class ImageUploadError extends Error {}

const BYTES_PER_MB = 1024 * 1024

/**
 * Checks an uploaded image by size and content, then stores it under
 * `folder` with a fresh name. Returns the storage key. In a workspace's
 * scope the upload counts towards its plan's storage, and is refused
 * when it does not fit.
 */
export async function storeImage(file: MultipartFile, folder: string, maxBytes = 2 * 1024 * 1024) {
  if (!file.tmpPath || file.hasErrors) {
    throw new ImageUploadError(file.errors[0]?.message ?? 'The upload did not arrive complete.')
  }
  if (file.size > maxBytes) {
    throw new ImageUploadError(
      `The image must be smaller than ${Math.round(maxBytes / 1024 / 1024)} MB.`
    )
  }
  const type = await sniffImageType(file.tmpPath)
  if (!type) {
    throw new ImageUploadError('The file is not a PNG, JPEG, GIF or WebP image.')
  }
  const meter = currentTenantId() ? await app.container.make(UsageMeter) : null
  await meter?.ensureAllowed('storage_mb', file.size / BYTES_PER_MB)
  const key = `${folder}/${randomUUID()}.${type}`
  await file.moveToDisk(key)
  await meter?.record('storage_mb', file.size / BYTES_PER_MB)
  return key
}

/**
 * Uploads stored with `storeImage` are about to be deleted: in a
 * workspace's scope, their size stops counting towards its storage.
 */
export async function releaseStoredImages(keys: string[]) {
  if (!currentTenantId() || keys.length === 0) return
  const disk = drive.use()
  let bytes = 0
  for (const key of keys) {
    if (await disk.exists(key)) {
      const metadata = await disk.getMetaData(key)
      bytes += metadata.contentLength
    }
  }
  const meter = await app.container.make(UsageMeter)
  await meter.record('storage_mb', -bytes / BYTES_PER_MB)
}

/**
 * Public URL of a stored file: served by the app under /uploads, or by the
 * bucket or CDN in DRIVE_PUBLIC_URL.
 */
export function publicFileUrl(key: string | null | undefined) {
  if (!key) {
    return null
  }
  const base = env.get('DRIVE_PUBLIC_URL', '/uploads').replace(/\/$/, '')
  return `${base}/${key.split('/').map(encodeURIComponent).join('/')}`
}
