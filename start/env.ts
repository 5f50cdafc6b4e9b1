import { Env } from '@adonisjs/core/env'

export default await Env.create(new URL('../', import.meta.url), {
  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),
  PORT: Env.schema.number.optional(),
  HOST: Env.schema.string.optional({ format: 'host' }),
  APP_KEY: Env.schema.secret(),
  APP_URL: Env.schema.string.optional({ format: 'url', tld: false }),
  LOG_LEVEL: Env.schema.enum.optional([
    'fatal',
    'error',
    'warn',
    'info',
    'debug',
    'trace',
    'silent',
  ] as const),
  TRUST_PROXY: Env.schema.boolean.optional(),

  SESSION_DRIVER: Env.schema.enum.optional(['cookie', 'memory'] as const),

  DATABASE_URL: Env.schema.string.optional(),
  DB_HOST: Env.schema.string.optional(),
  DB_PORT: Env.schema.number.optional(),
  DB_USER: Env.schema.string.optional(),
  DB_PASSWORD: Env.schema.string.optional(),
  DB_DATABASE: Env.schema.string.optional(),
  DB_POOL_MAX: Env.schema.number.optional(),

  APP_DOMAIN: Env.schema.string.optional(),
  STORAGE_PATH: Env.schema.string.optional(),
  DRIVE_PUBLIC_URL: Env.schema.string.optional(),
  S3_BUCKET: Env.schema.string.optional(),
  S3_REGION: Env.schema.string.optional(),
  S3_ENDPOINT: Env.schema.string.optional({ format: 'url', tld: false }),
  S3_ACCESS_KEY_ID: Env.schema.string.optional(),
  S3_SECRET_ACCESS_KEY: Env.schema.string.optional(),
  S3_FORCE_PATH_STYLE: Env.schema.boolean.optional(),
  S3_SUPPORTS_ACL: Env.schema.boolean.optional(),

  SMTP_HOST: Env.schema.string.optional(),
  SMTP_PORT: Env.schema.number.optional(),
  SMTP_SECURE: Env.schema.boolean.optional(),
  SMTP_USERNAME: Env.schema.string.optional(),
  SMTP_PASSWORD: Env.schema.string.optional(),
  MAIL_FROM_ADDRESS: Env.schema.string.optional({ format: 'email' }),
  MAIL_FROM_NAME: Env.schema.string.optional(),

  /** `redis://` or `rediss://` (the URL format check admits http(s) and ftp only). */
  REDIS_URL: (name: string, value?: string) => {
    if (value !== undefined && !/^rediss?:\/\/\S+$/.test(value)) {
      throw new Error(
        `Value for environment variable "${name}" must be a redis:// or rediss:// URL`
      )
    }
    return value
  },
  QUEUE_DRIVER: Env.schema.enum.optional(['database', 'redis', 'sync'] as const),
  QUEUE_CONCURRENCY: Env.schema.number.optional(),
  MODULE_PURGE_DELAY_DAYS: Env.schema.number.optional(),
  API_RATE_LIMIT_PER_MINUTE: Env.schema.number.optional(),

  STRIPE_SECRET_KEY: Env.schema.string.optional(),
  STRIPE_API_BASE: Env.schema.string.optional({ format: 'url', tld: false }),
  STRIPE_STOREFRONT_WEBHOOK_SECRET: Env.schema.string.optional(),
  STRIPE_BILLING_WEBHOOK_SECRET: Env.schema.string.optional(),

  GEMINI_API_KEY: Env.schema.string.optional(),
  GEMINI_MODEL: Env.schema.string.optional(),
  GEMINI_API_BASE: Env.schema.string.optional({ format: 'url', tld: false }),
  CHAT_MESSAGES_PER_MINUTE: Env.schema.number.optional(),

  GOOGLE_CLIENT_ID: Env.schema.string.optional(),
  GOOGLE_CLIENT_SECRET: Env.schema.string.optional(),
})
