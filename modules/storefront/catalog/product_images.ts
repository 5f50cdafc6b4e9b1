import drive from '@adonisjs/drive/services/main'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import sharp from 'sharp'
import { releaseStoredImages, storeImage } from '#kernel/files/image_upload'
import { afterCommit, requireTenantId } from '#kernel/tenancy/tenant_context'
import ProductImage from '#modules/storefront/models/product_image'
import { storefrontFilesPrefix } from '#modules/storefront/catalog/storage_paths'

export class ProductImageError extends Error {}

const MAX_BYTES = 8 * 1024 * 1024
export const THUMBNAIL_SIZE = 240
export const MEDIUM_WIDTH = 900

function productFolder(productId: string) {
  return `${storefrontFilesPrefix(requireTenantId())}/products/${productId}`
}

/**
 * Stores an uploaded photo (checked by size and content) and the copies
 * generated from it: a square thumbnail for lists and a medium copy for
 * pages, both WebP. Returns the new image, last in the product's order.
 */
export async function addProductImage(productId: string, file: MultipartFile, alt: string) {
  const folder = productFolder(productId)
  const originalKey = await storeImage(file, folder, MAX_BYTES)
  const disk = drive.use()
  const stem = originalKey.replace(/\.[a-z]+$/, '')
  const thumbnailKey = `${stem}_thumb.webp`
  const mediumKey = `${stem}_medium.webp`
  let copies: { thumbnail: Buffer; medium: Buffer; width: number; height: number }
  try {
    copies = await resize(await disk.getBytes(originalKey))
  } catch {
    await disk.delete(originalKey)
    throw new ProductImageError(`The image ${file.clientName ?? ''} could not be read.`)
  }
  await disk.put(thumbnailKey, new Uint8Array(copies.thumbnail))
  await disk.put(mediumKey, new Uint8Array(copies.medium))
  const last = await ProductImage.query()
    .where('product_id', productId)
    .max('position as last_position')
    .first()
  return ProductImage.create({
    productId,
    path: originalKey,
    thumbnailPath: thumbnailKey,
    mediumPath: mediumKey,
    alt,
    width: copies.width,
    height: copies.height,
    position: Number(last?.$extras.last_position ?? -1) + 1,
  })
}

async function resize(original: Uint8Array) {
  const image = sharp(original, { failOn: 'error' }).rotate()
  const metadata = await image.metadata()
  const upright = (metadata.orientation ?? 1) >= 5
  return {
    thumbnail: await image
      .clone()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'cover' })
      .webp({ quality: 80 })
      .toBuffer(),
    medium: await image
      .clone()
      .resize({ width: MEDIUM_WIDTH, withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer(),
    width: (upright ? metadata.height : metadata.width) ?? 0,
    height: (upright ? metadata.width : metadata.height) ?? 0,
  }
}

export { ImageUploadError } from '#kernel/files/image_upload'

export async function removeImageFiles(images: ProductImage[]) {
  const disk = drive.use()
  const keys = images.flatMap((image) => [image.path, image.thumbnailPath, image.mediumPath])
  await Promise.all(keys.map((key) => disk.delete(key)))
}

/**
 * Deletes the files of these images once the deletion of their rows has
 * committed; the uploads stop counting towards the plan's storage.
 */
export async function deleteProductFiles(images: ProductImage[]) {
  if (images.length > 0) {
    await releaseStoredImages(images.map((image) => image.path))
    await afterCommit(() => removeImageFiles(images))
  }
}
