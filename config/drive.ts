import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { defineConfig, services } from '@adonisjs/drive'

/**
 * Uploaded files (logos, product images): on the local disk by default
 * (keep STORAGE_PATH outside the build folder in production), or in an
 * S3-compatible bucket when S3_BUCKET is set (AWS S3, Cloudflare R2,
 * MinIO…). Public URLs come from DRIVE_PUBLIC_URL (the bucket or its CDN).
 */
const s3Bucket = env.get('S3_BUCKET')

const driveConfig = defineConfig({
  default: s3Bucket ? 's3' : 'fs',
  services: {
    fs: services.fs({
      location:
        env.get('STORAGE_PATH') ?? app.makePath(app.inTest ? 'tmp/test-storage' : 'storage'),
      serveFiles: true,
      routeBasePath: '/uploads',
      visibility: 'public',
    }),
    ...(s3Bucket
      ? {
          s3: services.s3({
            bucket: s3Bucket,
            region: env.get('S3_REGION', 'auto'),
            endpoint: env.get('S3_ENDPOINT'),
            forcePathStyle: env.get('S3_FORCE_PATH_STYLE', false),
            credentials: {
              accessKeyId: env.get('S3_ACCESS_KEY_ID', ''),
              secretAccessKey: env.get('S3_SECRET_ACCESS_KEY', ''),
            },
            cdnUrl: env.get('DRIVE_PUBLIC_URL'),
            visibility: 'public',
            supportsACL: env.get('S3_SUPPORTS_ACL', false),
          }),
        }
      : {}),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
