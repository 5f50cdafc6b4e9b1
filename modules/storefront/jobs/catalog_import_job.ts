import { Job } from '@adonisjs/queue'
import type { JobOptions } from '@adonisjs/queue/types'
import { runCatalogImport } from '#modules/storefront/catalog/product_import'

interface Payload {
  tenantId: string
  importId: string
  outboxMessageId?: string
}

/**
 * Runs one catalog CSV import. It manages its own transactions (progress
 * is saved chunk by chunk) and records its own failure, so it is not
 * retried: a retry could import rows twice.
 */
export default class CatalogImportJob extends Job<Payload> {
  static options: JobOptions = { name: 'CatalogImportJob', queue: 'default', maxRetries: 0 }

  async execute() {
    await runCatalogImport(this.payload.tenantId, this.payload.importId)
  }
}
